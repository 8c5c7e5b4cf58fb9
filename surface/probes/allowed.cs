// expect: OK
// Positive control: what the stable line does have must compile, or the probes prove nothing.
using System;
using System.Collections;
using System.Text;
using System.Threading;
class Probe
{
    private int _count;
    private volatile bool _stop;
    private readonly ArrayList _items = new ArrayList();
    void M()
    {
        Interlocked.Increment(ref _count);
        Interlocked.CompareExchange(ref _count, 1, 0);
        lock (_items) { _items.Add(1); }
        var t = new Thread(M);
        t.Priority = ThreadPriority.Highest;
        DateTime now = DateTime.UtcNow;
        long up = Environment.TickCount64;
        var sb = new StringBuilder();
        sb.Append("t=").Append(up).Append(Math.Max(1, 2));
        string s = string.Format("{0} {1}", now.Ticks, _stop) + $"{_count}";
        byte[] frame = new byte[2];
        SpanByte span = frame;
        uint free = nanoFramework.Runtime.Native.GC.Run(false);
    }
}
