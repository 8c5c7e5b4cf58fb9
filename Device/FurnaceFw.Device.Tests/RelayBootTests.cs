using System.Device.Gpio;
using FurnaceFw.Drivers.Relays;
using FurnaceFw.Firmware.Config;
using nanoFramework.TestFramework;

namespace FurnaceFw.Device.Tests
{
    /// <summary>HIL: the relay pins are driven de-energized the moment they are opened, before anything else.</summary>
    [TestClass]
    public class RelayBootTests
    {
        [TestMethod]
        public void Construct_RelayPair_BothPinsReadDeEnergized()
        {
            HardwareSetup.RequireBoard("relay pins GP14/GP15");
            PinConfiguration pins = HardwareSetup.DefaultWiring().Pins;
            using (GpioController gpio = new GpioController())
            {
                new RelayPair(gpio, pins.ElementRelayPin, pins.CutoffRelayPin, pins.RelaysActiveHigh);
                PinValue deEnergized = pins.RelaysActiveHigh ? PinValue.Low : PinValue.High;

                Assert.IsTrue(gpio.Read(pins.ElementRelayPin) == deEnergized, "element relay pin is de-energized at boot");
                Assert.IsTrue(gpio.Read(pins.CutoffRelayPin) == deEnergized, "cutoff relay pin is de-energized at boot");
                Assert.IsTrue(gpio.GetPinMode(pins.ElementRelayPin) == PinMode.Output, "the pin is driven, not floating");
            }
        }

        [TestMethod]
        public void Write_EnergizeThenSafe_PinsFollow()
        {
            HardwareSetup.RequireBoard("relay pins GP14/GP15");
            PinConfiguration pins = HardwareSetup.DefaultWiring().Pins;
            using (GpioController gpio = new GpioController())
            {
                RelayPair relays = new RelayPair(gpio, pins.ElementRelayPin, pins.CutoffRelayPin, pins.RelaysActiveHigh);
                PinValue energized = pins.RelaysActiveHigh ? PinValue.High : PinValue.Low;

                relays.Write(true, true);
                bool followed = gpio.Read(pins.ElementRelayPin) == energized && gpio.Read(pins.CutoffRelayPin) == energized;
                relays.Write(false, false);

                Assert.IsTrue(followed, "both pins energize on command");
                Assert.IsFalse(gpio.Read(pins.ElementRelayPin) == energized, "and return to safe");
            }
        }
    }
}
