using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Host;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Mqtt.Tests;

/// <summary>Readings from images the firmware's own register bank renders, edited per test (unknown values, out of range).</summary>
internal static class ReadingFactory
{
    public static byte[] Image(Action<ControllerSnapshot>? edit = null)
    {
        var snapshot = new ControllerSnapshot { TemperatureQuarterC = 600, SetpointQuarterC = 720 };
        edit?.Invoke(snapshot);
        var exchange = new SnapshotExchange();
        exchange.Publish(snapshot);
        var bank = new I2cRegisterBank(exchange, new CommandMailbox(), new FurnaceSettings(), RegisterMap.DefaultAddress, 0x00010000);
        var image = new byte[RegisterMap.AddressSpace];
        bank.RenderImage(snapshot, image);
        return image;
    }

    public static FurnaceReading From(byte[] image) => FurnaceReading.From(new RegisterSnapshot(Identity(image), image));

    public static FurnaceReading With(int setpointMinQuarterC, int setpointMaxQuarterC)
    {
        byte[] image = Image();
        RegisterCodec.Write(image, RegisterAddress.SetpointMin, 2, setpointMinQuarterC);
        RegisterCodec.Write(image, RegisterAddress.SetpointMax, 2, setpointMaxQuarterC);
        return From(image);
    }

    public static DeviceIdentity Identity(byte[] image) => DeviceIdentity.Parse(image.AsSpan(0, DeviceIdentity.BlockLength), "test image");
}
