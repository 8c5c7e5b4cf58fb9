namespace FurnaceFw.Firmware.Ports
{
    /// <summary>Milliseconds since boot. Monotonic: never jumps back, never follows wall-clock changes.</summary>
    public interface IMonotonicClock
    {
        long NowMs { get; }
    }
}
