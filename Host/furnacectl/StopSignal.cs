using System.Runtime.InteropServices;

namespace FurnaceFw.Furnacectl;

/// <summary>SIGINT/SIGTERM as a cancellable wait, so long-running commands finish their cleanup instead of dying.</summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    public StopSignal()
    {
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public bool Stopping => _stop.IsCancellationRequested;

    /// <summary>Cancelled by SIGINT/SIGTERM.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Waits up to <paramref name="timeout"/>; true if a stop signal arrived.</summary>
    public bool Wait(TimeSpan timeout) => _stop.Token.WaitHandle.WaitOne(timeout);

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // we exit ourselves, after cleanup
        _stop.Cancel();
    }
}
