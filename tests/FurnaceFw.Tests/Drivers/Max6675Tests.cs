using System.Device.Spi;
using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Drivers;

[TestClass]
public class Max6675Tests
{
    private const long StuckAfterMs = 60_000;
    private const int MaxStepQuarterC = 4 * 50;

    [TestMethod]
    public void CreateSettings_UsesMode0AtMostFourMegahertz()
    {
        SpiConnectionSettings settings = Max6675.CreateSettings(1, 17);

        Assert.AreEqual(SpiMode.Mode0, settings.Mode);
        Assert.IsTrue(settings.ClockFrequency is > 0 and <= 4_000_000, $"clock {settings.ClockFrequency} Hz exceeds 4 MHz");
    }

    [TestMethod]
    public void Read_SoonerThanConversionTime_DoesNotTouchTheBus()
    {
        var spi = new FakeSpiDevice { Repeat = Max6675Frame.Encode(400, false) };
        var sensor = new Max6675(spi, StuckAfterMs, MaxStepQuarterC);

        Assert.AreEqual(SensorStatus.Ok, ReadNew(sensor, 1000, false).Status);
        ThermocoupleReading early = ReadNew(sensor, 1000 + Max6675.ConversionTimeMs - 1, false);
        ThermocoupleReading onTime = ReadNew(sensor, 1000 + Max6675.ConversionTimeMs, false);

        Assert.AreEqual(SensorStatus.NotReady, early.Status, "a read inside the conversion time restarts the conversion");
        Assert.IsFalse(early.IsFresh);
        Assert.AreEqual(2, spi.Reads, "the early read must not pull CS low");
        Assert.AreEqual(SensorStatus.Ok, onTime.Status);
    }

    [TestMethod]
    public void Read_BusThrows_ReturnsBusErrorWithoutThrowing()
    {
        var spi = new FakeSpiDevice { Throw = true };
        var sensor = new Max6675(spi, StuckAfterMs, MaxStepQuarterC);

        ThermocoupleReading reading = ReadNew(sensor, 0, true);

        Assert.AreEqual(SensorStatus.BusError, reading.Status);
        Assert.IsTrue(reading.IsFresh, "a failed transfer is still an attempt: the supervisor must count it");
    }

    [TestMethod]
    public void Read_ValueFrozenWhileElementOn_FlaggedStuckAfterConfiguredTime()
    {
        var spi = new FakeSpiDevice { Repeat = Max6675Frame.Encode(800, false) };
        var sensor = new Max6675(spi, StuckAfterMs, MaxStepQuarterC);
        long t = 0;
        SensorStatus last = SensorStatus.Ok;
        for (; t <= StuckAfterMs + 1000; t += 250)
        {
            last = ReadNew(sensor, t, elementOn: true).Status;
            if (last != SensorStatus.Ok)
            {
                break;
            }
        }

        Assert.AreEqual(SensorStatus.Stuck, last);
        Assert.IsTrue(t >= StuckAfterMs && t <= StuckAfterMs + 250, $"flagged at {t} ms, expected {StuckAfterMs} ms");
    }

    [TestMethod]
    public void Read_ValueFrozenWithABadFrameNowAndThen_StillFlaggedStuck()
    {
        // A bad frame used to reset the stuck detector: one 0x0000 frame every 115 s kept a frozen value alive forever.
        var spi = new FakeSpiDevice { Repeat = Max6675Frame.Encode(800, false) };
        var sensor = new Max6675(spi, StuckAfterMs, MaxStepQuarterC);
        long t = 0;
        SensorStatus last = SensorStatus.Ok;
        for (int frame = 1; t <= 3 * StuckAfterMs; frame++, t += 250)
        {
            if (frame % 40 == 0)
            {
                spi.Enqueue(0x0000);
            }

            last = ReadNew(sensor, t, elementOn: true).Status;
            if (last == SensorStatus.Stuck)
            {
                break;
            }
        }

        Assert.AreEqual(SensorStatus.Stuck, last, "bad frames in between must not hide a frozen value");
        Assert.IsTrue(t <= StuckAfterMs + 1000, $"flagged at {t} ms, expected about {StuckAfterMs} ms");
    }

    [TestMethod]
    public void Read_ValueFrozenWhileElementOff_IsNotStuck()
    {
        var spi = new FakeSpiDevice { Repeat = Max6675Frame.Encode(80, false) };
        var sensor = new Max6675(spi, StuckAfterMs, MaxStepQuarterC);

        for (long t = 0; t <= 10 * StuckAfterMs; t += 250)
        {
            Assert.AreEqual(SensorStatus.Ok, ReadNew(sensor, t, elementOn: false).Status, $"at {t} ms: a cold idle furnace reads a steady value");
        }
    }

    [TestMethod]
    public void Read_ValueMovesByOneLsb_RestartsStuckTimer()
    {
        var spi = new FakeSpiDevice();
        var sensor = new Max6675(spi, StuckAfterMs, MaxStepQuarterC);
        long t = 0;
        for (; t < StuckAfterMs * 3; t += 250)
        {
            int lsbJitter = (t / 30_000) % 2 == 0 ? 0 : 1;
            spi.Enqueue(Max6675Frame.Encode(800 + lsbJitter, false));
            Assert.AreEqual(SensorStatus.Ok, ReadNew(sensor, t, elementOn: true).Status, $"at {t} ms");
        }
    }

    [TestMethod]
    public void Read_EveryOtherFrameReplaysAnOldValue_FlaggedImplausible()
    {
        var spi = new FakeSpiDevice();
        var sensor = new Max6675(spi, StuckAfterMs, MaxStepQuarterC);
        int implausible = 0;
        for (int i = 0; i < 20; i++)
        {
            spi.Enqueue(Max6675Frame.Encode(i % 2 == 0 ? 4 * 20 : 4 * 350, false));
            implausible += ReadNew(sensor, 1000 + 250L * i, elementOn: false).Status == SensorStatus.Implausible ? 1 : 0;
        }

        Assert.IsTrue(implausible >= 6, $"a 330 °C jump between frames is not a temperature ({implausible} of 20 flagged)");
    }

    [TestMethod]
    public void Read_FastButPossibleChangeAndARecoveryAfterAFault_AreNotImplausible()
    {
        var spi = new FakeSpiDevice();
        var sensor = new Max6675(spi, StuckAfterMs, MaxStepQuarterC);
        spi.Enqueue(Max6675Frame.Encode(4 * 100, false), Max6675Frame.Encode(4 * 140, false), Max6675Frame.Encode(4 * 100, false),
            0x0000, Max6675Frame.Encode(4 * 400, false), Max6675Frame.Encode(4 * 410, false));
        var statuses = new List<SensorStatus>();
        for (int i = 0; i < 6; i++)
        {
            statuses.Add(ReadNew(sensor, 1000 + 250L * i, elementOn: false).Status);
        }

        CollectionAssert.AreEqual(new[] { SensorStatus.Ok, SensorStatus.Ok, SensorStatus.Ok, SensorStatus.BusAllZeros, SensorStatus.Ok, SensorStatus.Ok },
            statuses, "40 °C steps are within 50 °C; after a bad frame the furnace may have moved: the next frame is the new reference");
    }

    private static ThermocoupleReading ReadNew(Max6675 sensor, long nowMs, bool elementOn)
    {
        var reading = new ThermocoupleReading();
        sensor.Read(nowMs, elementOn, reading);
        return reading;
    }
}
