using System.Device.Gpio;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// GPIO pins of the simulated board. Output levels are observable; every pin powers up as an input
/// (floating), like the RP2040 after reset, so relays are de-energized until firmware drives them.
/// A driver is "disconnected" by a simulated reset: writes from the old firmware instance no longer reach
/// the pins.
/// </summary>
public sealed class SimulatedGpioDriver : GpioDriver
{
    private const int Pins = 30;
    private readonly PinMode[] _modes = new PinMode[Pins];
    private readonly PinValue[] _values = new PinValue[Pins];
    private readonly int[] _writes = new int[Pins];
    private volatile bool _connected = true;

    public int WriteCount(int pin) => _writes[pin];

    public PinMode ModeOf(int pin) => _modes[pin];

    /// <summary>The level an output pin drives; an input reads as low (relay coil not driven).</summary>
    public PinValue LevelOf(int pin) => _modes[pin] == PinMode.Output ? _values[pin] : PinValue.Low;

    /// <summary>The output register: what the pin drives once (or while) it is an output.</summary>
    public PinValue RegisterOf(int pin) => _values[pin];

    public void Disconnect() => _connected = false;

    /// <summary>Called with the pin number after any mode or level change (the board watches relay pins at boot).</summary>
    public Action<int>? PinChanged { get; set; }

    protected override int PinCount => Pins;

    protected override void OpenPin(int pinNumber) => CheckPin(pinNumber);

    protected override void ClosePin(int pinNumber) => _modes[pinNumber] = PinMode.Input;

    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        CheckPin(pinNumber);
        if (!_connected)
        {
            return;
        }

        _modes[pinNumber] = mode;
        PinChanged?.Invoke(pinNumber);
    }

    protected override PinMode GetPinMode(int pinNumber) => _modes[pinNumber];

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => mode is PinMode.Input or PinMode.Output;

    protected override PinValue Read(int pinNumber) => _values[pinNumber];

    protected override void Write(int pinNumber, PinValue value) => Drive(pinNumber, value);

    /// <summary>Sets the output register (what <see cref="SimulatedGpioController"/> calls). As on the RP2040, a write to an
    /// input pin is kept and driven once the pin becomes an output.</summary>
    public void Drive(int pinNumber, PinValue value)
    {
        if (!_connected)
        {
            return;
        }

        _values[pinNumber] = value;
        _writes[pinNumber]++;
        PinChanged?.Invoke(pinNumber);
    }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the furnace firmware does not wait on pin events");

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
        throw new NotSupportedException("the furnace firmware does not use pin callbacks");

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback) =>
        throw new NotSupportedException("the furnace firmware does not use pin callbacks");

    private static void CheckPin(int pinNumber)
    {
        if (pinNumber < 0 || pinNumber >= Pins)
        {
            throw new ArgumentOutOfRangeException(nameof(pinNumber), pinNumber, $"the simulated board has GPIO 0..{Pins - 1}");
        }
    }
}
