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
    public void Write_SameValueTwice_WritesThePinsEveryTime()
    {
        var driver = new SimulatedGpioDriver();
        using var gpio = new GpioController(driver);
        var relays = new RelayPair(gpio, 14, 15, activeHigh: true);
        int before = driver.WriteCount(14);

        relays.Write(true, true);
        relays.Write(true, true);

        Assert.AreEqual(before + 2, driver.WriteCount(14), "outputs are rewritten every cycle so a glitched pin is corrected");
        Assert.AreEqual(PinValue.High, driver.LevelOf(14));
        Assert.AreEqual(PinValue.High, driver.LevelOf(15));
    }
}
