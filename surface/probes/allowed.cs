// expect: OK
// Positive control: what the pinned packages do have must compile, or the probes prove nothing.
using System;
using System.Collections;
using System.Device.Spi;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using nanoFramework.Networking;

class Probe
{
    private int _count;
    private int _stop; // a flag through Interlocked, never `volatile`
    private readonly ArrayList _items = new ArrayList();

    void M(Socket socket)
    {
        Interlocked.Increment(ref _count);
        Interlocked.CompareExchange(ref _count, 1, 0);
        Interlocked.Exchange(ref _stop, 1);
        lock (_items) { _items.Add(1); }
        var t = new Thread(() => M(socket));
        t.Priority = ThreadPriority.Highest;
        DateTime now = DateTime.UtcNow;
        long up = Environment.TickCount64;
        var sb = new StringBuilder();
        sb.Append("t=").Append(up).Append(Math.Max(1, 2)).Insert(0, "x", 1);
        string s = string.Format("{0} {1}", now.Ticks, _stop) + $"{_count}";
        Console.WriteLine(s);
        byte[] frame = new byte[2];
        SpanByte span = frame;
        uint free = nanoFramework.Runtime.Native.GC.Run(false);
        double p = Math.Pow(2.0, 3.0) + Math.Round(2.5);
        long clamped = Math.Clamp(up, 0L, 100L);
        string text = File.ReadAllText("I:\\nf.config");
        bool connected = socket.Connected;
        int maxHz = SpiDevice.GetBusInfo(1).MaxClockFrequency;
        WifiNetworkHelper.Disconnect();
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
    }
}
