using FurnaceFw.Firmware;

namespace FurnaceFw.Sim.Board;

/// <summary>
/// Fault injection: a handler thread (web, I2C) that hangs for good while holding everything another thread
/// can reach — the firmware's public objects locked, a command half-posted. The control loop must not notice.
/// Dispose releases it (the simulated equivalent of the thread never coming back).
/// </summary>
public sealed class HungHandler : IDisposable
{
    private readonly ManualResetEventSlim _release = new(false);
    private readonly ManualResetEventSlim _holding = new(false);

    public HungHandler(VirtualBoard board, int setpointQuarterC)
    {
        FurnaceFirmware firmware = board.Firmware;
        var thread = new Thread(() =>
        {
            lock (firmware)
            lock (firmware.Mailbox)
            lock (firmware.Snapshots)
            lock (firmware.Cycle)
            lock (firmware.Settings)
            lock (board)
            {
                firmware.Mailbox.PostSetpoint(setpointQuarterC);
                _holding.Set();
                _release.Wait();
            }
        }) { IsBackground = true, Name = "hung-handler" };
        thread.Start();
        _holding.Wait();
    }

    public void Dispose()
    {
        _release.Set();
    }
}
