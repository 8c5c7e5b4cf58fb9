using System.Device.Gpio;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// The board's GPIO controller. It forwards pin writes straight to the simulated pins because
/// System.Device.Gpio 4.2's <see cref="GpioController.Write(int, PinValue)"/> allocates 40 bytes per call on
/// the host in its own bookkeeping (measured; see docs/performance.md), which would hide whether the
/// firmware's own cycle allocates. On nanoFramework the write is a native call. Opening pins and every other
/// call keep the library's behaviour.
/// </summary>
public sealed class SimulatedGpioController : GpioController
{
    private readonly SimulatedGpioDriver _pins;

    public SimulatedGpioController(SimulatedGpioDriver pins)
        : base(pins)
    {
        _pins = pins;
    }

    public override void Write(int pinNumber, PinValue value)
    {
        if (!IsPinOpen(pinNumber))
        {
            throw new InvalidOperationException($"GPIO {pinNumber} is not open");
        }

        _pins.Drive(pinNumber, value);
    }
}
