using System.Device.Gpio;
using FurnaceFw.Drivers.Relays;
using FurnaceFw.Sim.Hardware;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Drivers;

[TestClass]
public class RelayPairTests
{
    [TestMethod]
    [DataRow(true, DisplayName = "active-high board")]
    [DataRow(false, DisplayName = "active-low board")]
    public void Constructor_NeverPresentsTheEnergizingLevel_EvenForAnInstant(bool activeHigh)
    {
        // The driver behaves as nanoFramework's GPIO does: SetPinMode(Output) starts the pin Low, and a write to a pin
        // that is not an output is refused. An active-low module would be energized by any instant of output-Low.
        var driver = new RecordingGpioDriver(activeHigh);
        using var gpio = new GpioController(driver);

        _ = new RelayPair(gpio, 14, 15, activeHigh);

        Assert.IsEmpty(driver.EnergizedMoments, "a relay coil saw its energizing level while the pins were opened: "
            + string.Join(", ", driver.Log.Select(e => $"{e.Pin}:{e.What}")));
        Assert.IsFalse(driver.IsEnergized(14));
        Assert.IsFalse(driver.IsEnergized(15));
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Write_EnergizesAndDeEnergizesEachRelay(bool activeHigh)
    {
        var driver = new RecordingGpioDriver(activeHigh);
        using var gpio = new GpioController(driver);
        var relays = new RelayPair(gpio, 14, 15, activeHigh);

        relays.Write(false, true);
        Assert.IsFalse(driver.IsEnergized(14), "element off");
        Assert.IsTrue(driver.IsEnergized(15), "cutoff on");

        relays.Write(true, true);
        Assert.IsTrue(driver.IsEnergized(14), "element on");

        relays.Write(false, false);
        Assert.IsFalse(driver.IsEnergized(14));
        Assert.IsFalse(driver.IsEnergized(15));
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Write_SameValueAgain_TouchesNoPin(bool activeHigh)
    {
        var driver = new RecordingGpioDriver(activeHigh);
        using var gpio = new GpioController(driver);
        var relays = new RelayPair(gpio, 14, 15, activeHigh);
        relays.Write(true, true);
        int before = driver.Log.Count;

        relays.Write(true, true);

        Assert.AreEqual(before, driver.Log.Count, "an unchanged relay is not touched (nanoFramework allocates a PinValue per write)");
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Write_PinFlippedBySomethingElse_RepairedWithinAMinute(bool activeHigh)
    {
        var driver = new SimulatedGpioDriver();
        using var gpio = new GpioController(driver);
        var relays = new RelayPair(gpio, 14, 15, activeHigh);
        relays.Write(false, false);

        // An output latch or a pin mode changed behind the driver's back, energizing the element.
        if (activeHigh)
        {
            driver.Drive(14, PinValue.High);
        }
        else
        {
            gpio.SetPinMode(14, PinMode.Output);
        }

        for (int i = 0; i < FurnaceFw.Drivers.Gpio.SwitchedPin.RepairEveryCalls; i++)
        {
            relays.Write(false, false);
        }

        bool energized = driver.ModeOf(14) == PinMode.Output && driver.RegisterOf(14) == (activeHigh ? PinValue.High : PinValue.Low);
        Assert.IsFalse(energized, "read back and repaired within RepairEveryCalls cycles");
    }

    [TestMethod]
    public void HighImpedanceRelays_NeverMakesAPinAnOutput()
    {
        var driver = new RecordingGpioDriver();
        using var gpio = new GpioController(driver);

        var relays = new HighImpedanceRelays(gpio, 14, 15);
        relays.Write(true, true);
        relays.Write(false, false);

        Assert.IsFalse(driver.Log.Any(e => e.What.StartsWith("write", StringComparison.Ordinal)), "nothing is written: " + string.Join(", ", driver.Log.Select(e => e.What)));
        Assert.IsFalse(driver.Log.Any(e => e.What.StartsWith("mode Output", StringComparison.Ordinal)), "no pin becomes an output");
        Assert.AreEqual(2, driver.Log.Count(e => e.What == "mode Input"), "both pins are plain inputs (high-impedance)");
    }

    /// <summary>
    /// Records every mode change and write, in order, and models nanoFramework's GPIO: SetPinMode(Output) starts the pin
    /// Low, a write to a pin that is not an output is refused, pulled input modes are supported. Tracks whether a relay
    /// module of the given type would be energized after each event.
    /// </summary>
    private sealed class RecordingGpioDriver : GpioDriver
    {
        private readonly bool _activeHigh;
        private readonly Dictionary<int, PinMode> _modes = new();
        private readonly Dictionary<int, PinValue> _levels = new();

        public RecordingGpioDriver(bool activeHigh = true)
        {
            _activeHigh = activeHigh;
        }

        public List<(int Pin, string What)> Log { get; } = new();

        public List<string> EnergizedMoments { get; } = new();

        public bool IsEnergized(int pin) =>
            _modes.TryGetValue(pin, out PinMode mode) && mode == PinMode.Output && _levels[pin] == (_activeHigh ? PinValue.High : PinValue.Low);

        protected override int PinCount => 30;

        protected override void OpenPin(int pinNumber)
        {
            _modes[pinNumber] = PinMode.Input;
            _levels[pinNumber] = PinValue.Low;
        }

        protected override void ClosePin(int pinNumber) => _modes.Remove(pinNumber);

        protected override void SetPinMode(int pinNumber, PinMode mode)
        {
            if (mode == PinMode.Output && _modes[pinNumber] != PinMode.Output)
            {
                _levels[pinNumber] = PinValue.Low; // nf-interpreter: CPU_GPIO_EnableOutputPin(pin, GpioPinValue_Low)
            }

            _modes[pinNumber] = mode;
            Record(pinNumber, "mode " + mode);
        }

        protected override PinMode GetPinMode(int pinNumber) => _modes[pinNumber];

        protected override bool IsPinModeSupported(int pinNumber, PinMode mode) =>
            mode is PinMode.Input or PinMode.InputPullUp or PinMode.InputPullDown or PinMode.Output;

        protected override PinValue Read(int pinNumber) => _levels[pinNumber];

        protected override void Write(int pinNumber, PinValue value)
        {
            if (_modes[pinNumber] != PinMode.Output)
            {
                throw new InvalidOperationException($"GPIO {pinNumber} is not an output (nanoFramework refuses the write)");
            }

            _levels[pinNumber] = value;
            Record(pinNumber, "write " + value);
        }

        private void Record(int pin, string what)
        {
            Log.Add((pin, what));
            if (IsEnergized(pin))
            {
                EnergizedMoments.Add($"{pin}:{what}");
            }
        }

        protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
            throw new NotSupportedException();

        protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback) =>
            throw new NotSupportedException();
    }
}
