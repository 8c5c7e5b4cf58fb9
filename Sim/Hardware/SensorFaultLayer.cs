namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// One injected sensor fault and when it shows: on <see cref="FramesOn"/> of every <see cref="FramesCycle"/> frames
/// (1 of 2 alternates), for <see cref="FramesLeft"/> faulty frames (-1: until changed), after which the layer is empty.
/// The simulated MAX6675 has two: a base fault and an overlay on top of it (a burst of zeros over a frozen reading).
/// </summary>
public sealed class SensorFaultLayer
{
    private int _index;

    public SensorFault Fault { get; private set; }

    public int FramesOn { get; private set; } = 1;

    public int FramesCycle { get; private set; } = 1;

    public int FramesLeft { get; private set; } = -1;

    /// <summary>The frame of <see cref="SensorFault.RawFrame"/>.</summary>
    public int RawFrame { get; private set; }

    /// <summary>The temperature of <see cref="SensorFault.Frozen"/> and <see cref="SensorFault.Detached"/>, quarter °C.</summary>
    public int FrozenQuarterC { get; private set; }

    public void Set(SensorFault fault, int framesOn = 1, int framesCycle = 1, int frameCount = -1, int rawFrame = 0, int frozenQuarterC = 0)
    {
        if (framesCycle < 1 || framesOn < 1 || framesOn > framesCycle || frameCount == 0 || frameCount < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(framesOn), $"{framesOn} of {framesCycle} frames, {frameCount} in all");
        }

        Fault = fault;
        FramesOn = framesOn;
        FramesCycle = framesCycle;
        FramesLeft = fault == SensorFault.None ? -1 : frameCount;
        RawFrame = rawFrame & 0xFFFF;
        FrozenQuarterC = frozenQuarterC;
        _index = 0;
    }

    public void Clear() => Set(SensorFault.None);

    /// <summary>The fault this frame shows, or None between pattern slots; a burst counts down to empty.</summary>
    public SensorFault Take()
    {
        if (Fault == SensorFault.None)
        {
            return SensorFault.None;
        }

        int slot = _index;
        _index = (_index + 1) % FramesCycle;
        if (slot >= FramesOn)
        {
            return SensorFault.None;
        }

        SensorFault fault = Fault;
        if (FramesLeft > 0 && --FramesLeft == 0)
        {
            Fault = SensorFault.None;
            FramesLeft = -1;
        }

        return fault;
    }
}
