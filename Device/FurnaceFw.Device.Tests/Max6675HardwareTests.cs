using System.Device.Spi;
using System.Threading;
using FurnaceFw.Device.Board.PicoW;
using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using nanoFramework.TestFramework;

namespace FurnaceFw.Device.Tests
{
    /// <summary>HIL: a real MAX6675 frame over the Pico's SPI, through the bus-id translation in PicoSpiBus.</summary>
    [TestClass]
    public class Max6675HardwareTests
    {
        [TestMethod]
        public void Read_RealChipAtRoomTemperature_ReturnsAValidPlausibleReading()
        {
            HardwareSetup.RequireBoard("a MAX6675 on SPI0");
            PinConfiguration pins = HardwareSetup.DefaultWiring().Pins;
            using (SpiDevice spi = SpiDevice.Create(Max6675.CreateSettings(PicoSpiBus.ManagedBusId(pins.SpiBus), pins.SpiChipSelectPin)))
            {
                Max6675 sensor = new Max6675(spi, 300000, 4 * 50);
                Thread.Sleep(Max6675.ConversionTimeMs);

                ThermocoupleReading reading = new ThermocoupleReading();
                sensor.Read(1000, false, reading);

                OutputHelper.WriteLine("raw frame 0x" + sensor.LastRawFrame.ToString("X4") + ", status " + ((int)reading.Status).ToString());
                Assert.IsTrue(reading.Status == SensorStatus.Ok, "a connected chip and probe give a valid frame (open probe, bus or wiring fault otherwise)");
                Assert.IsTrue(reading.QuarterCelsius >= 4 * 5 && reading.QuarterCelsius <= 4 * 45, "room temperature is 5..45 °C");
                Assert.IsTrue(sensor.LastRawFrame != 0 && sensor.LastRawFrame != 0xFFFF, "all-zero or all-one frames mean nothing is driving MISO");
            }
        }
    }
}
