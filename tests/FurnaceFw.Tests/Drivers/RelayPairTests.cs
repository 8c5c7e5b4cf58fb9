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
    public void Constructor_DrivesBothPinsDeEnergized(bool activeHigh)
    {
        var driver = new SimulatedGpioDriver();
        using var gpio = new GpioController(driver);

        _ = new RelayPair(gpio, 14, 15, activeHigh);

        PinValue safe = activeHigh ? PinValue.Low : PinValue.High;
        Assert.AreEqual(PinMode.Output, driver.ModeOf(14));
        Assert.AreEqual(safe, driver.LevelOf(14), "element relay must boot de-energized");
        Assert.AreEqual(safe, driver.LevelOf(15), "cutoff relay must boot de-energized (open)");
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Write_SameValueAgain_TouchesNoPinButAChangeDoes(bool activeHigh)
    {
        var driver = new SimulatedGpioDriver();
        using var gpio = new GpioController(driver);
        var relays = new RelayPair(gpio, 14, 15, activeHigh);
        relays.Write(true, true);
        int before = driver.WriteCount(14);

        relays.Write(true, true);
        Assert.AreEqual(before, driver.WriteCount(14), "an unchanged relay is not written (nanoFramework allocates a PinValue per write)");

        relays.Write(false, true);
        PinValue energized = activeHigh ? PinValue.High : PinValue.Low;
        Assert.AreNotEqual(energized, driver.LevelOf(14), "the element is de-energized");
        Assert.AreEqual(energized, driver.RegisterOf(15), "the cutoff stays energized");
    }

    [TestMethod]
    public void Write_PinGlitchedBySomethingElse_RepairedWithinAMinute()
    {
        var driver = new SimulatedGpioDriver();
        using var gpio = new GpioController(driver);
        var relays = new RelayPair(gpio, 14, 15, activeHigh: true);
        relays.Write(false, false);

        driver.Drive(14, PinValue.High); // an output latch flipped behind the firmware's back
        for (int i = 0; i < FurnaceFw.Drivers.Gpio.ToggledOutputPin.RepairEveryCalls; i++)
        {
            relays.Write(false, false);
        }

        Assert.AreEqual(PinValue.Low, driver.LevelOf(14), "read back and rewritten within RepairEveryCalls cycles");
    }

    [TestMethod]
    [DataRow(true, DisplayName = "active-high board")]
    [DataRow(false, DisplayName = "active-low board")]
    public void Constructor_OpensAsInputBeforeOutputAndWritesSafeRightAfter(bool activeHigh)
    {
        var driver = new RecordingGpioDriver();
        using var gpio = new GpioController(driver);

        _ = new RelayPair(gpio, 14, 15, activeHigh);

        PinValue safe = activeHigh ? PinValue.Low : PinValue.High;
        var element = driver.Log.Where(e => e.Pin == 14).ToList();
        int output = element.FindIndex(e => e.What == "mode Output");
        Assert.IsTrue(output > 0, "the pin is opened as an input before it becomes an output: " + string.Join(", ", element.Select(e => e.What)));
        Assert.AreEqual("mode " + (activeHigh ? "InputPullDown" : "InputPullUp"), element[output - 1].What, "held toward the safe level first");
        Assert.AreEqual("write " + safe, element[output + 1].What, "the safe level is written right after the pin becomes an output");
        Assert.IsFalse(element.Any(e => e.What == "write " + (activeHigh ? PinValue.High : PinValue.Low)), "never written energized");
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

    /// <summary>Records every mode change and write, in order; supports the pulled input modes like a real chip.</summary>
    private sealed class RecordingGpioDriver : GpioDriver
    {
        private readonly Dictionary<int, PinMode> _modes = new();

        public List<(int Pin, string What)> Log { get; } = new();

        protected override int PinCount => 30;

        protected override void OpenPin(int pinNumber) => _modes[pinNumber] = PinMode.Input;

        protected override void ClosePin(int pinNumber) => _modes.Remove(pinNumber);

        protected override void SetPinMode(int pinNumber, PinMode mode)
        {
            _modes[pinNumber] = mode;
            Log.Add((pinNumber, "mode " + mode));
        }

        protected override PinMode GetPinMode(int pinNumber) => _modes[pinNumber];

        protected override bool IsPinModeSupported(int pinNumber, PinMode mode) =>
            mode is PinMode.Input or PinMode.InputPullUp or PinMode.InputPullDown or PinMode.Output;

        protected override PinValue Read(int pinNumber) => PinValue.Low;

        protected override void Write(int pinNumber, PinValue value) => Log.Add((pinNumber, "write " + value));

        protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
            throw new NotSupportedException();

        protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback) =>
            throw new NotSupportedException();
    }
}
