using System.Diagnostics;
using FurnaceFw.Host;
using FurnaceFw.Host.Transport;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>
/// The host library against controllers it may meet in the field (the HALPI2 lesson): every case ends in a clear
/// error or a graceful degrade, never a crash, a hang or a write to a device it does not understand.
/// </summary>
[TestClass]
public sealed class CompatibilityMatrixTests
{
    private static readonly ClientOptions Options = new() { PollInterval = TimeSpan.Zero };

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_CurrentFirmware_OffersEveryRegister()
    {
        using FurnaceClient client = Connect(ScriptedController.FromCurrentFirmware(), out _);

        RegisterSnapshot snapshot = client.ReadAll();

        Assert.AreEqual(RegisterMap.All.Count(r => r.IsReadable), snapshot.Registers.Count, "all readable registers");
        Assert.AreEqual(0u, client.Identity.UnknownCapabilities, "no unknown capabilities");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_OlderMinorWithFewerCapabilities_DegradesToWhatItOffers()
    {
        var controller = ScriptedController.FromCurrentFirmware(image =>
        {
            image[RegisterAddress.ImageLength] = 0x40; // no bus-error or control block yet
            RegisterCodec.Write(image, RegisterAddress.Capabilities, 4, Capability.Status);
            Array.Fill(image, (byte)0xEE, 0x40, 0xC0);
        });
        using FurnaceClient client = Connect(controller, out BusTransport transport);

        RegisterSnapshot snapshot = client.ReadAll();
        var ex = Assert.ThrowsExactly<FurnaceException>(() => client.Write(RegisterMap.Find("Setpoint")!, 600));

        Assert.IsTrue(snapshot.Registers.All(r => r.Capability is Capability.Always or Capability.Status), "only Status registers shown");
        Assert.AreEqual(ExitCode.NotSupported, ex.ExitCode, ex.Message);
        StringAssert.Contains(ex.Message, "Setpoint", "names the register");
        Assert.AreEqual(0, transport.Writes, "no write transaction reached the older device (reads are combined transfers)");
        Assert.AreEqual(0, controller.StateChangingWrites, "nothing written");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_NewerMinorWithUnknownCapabilities_UsesKnownRegistersOnly()
    {
        var controller = ScriptedController.FromCurrentFirmware(image =>
        {
            image[RegisterAddress.ProtocolMinor] = 7;
            image[RegisterAddress.ImageLength] = 0x90;
            RegisterCodec.Write(image, RegisterAddress.Capabilities, 4, RegisterMap.Capabilities | (1 << 20));
            image[RegisterAddress.State] = 42; // a state a newer firmware added
            Array.Fill(image, (byte)0x11, 0x5A, 0x36);
        });
        using FurnaceClient client = Connect(controller, out _);

        RegisterSnapshot snapshot = client.ReadAll();

        Assert.AreEqual(1u << 20, client.Identity.UnknownCapabilities, "unknown capability reported");
        Assert.AreEqual("Unknown(42)", snapshot.Text(RegisterMap.Find("State")!), "an unknown enum value is shown, not fatal");
        Assert.AreEqual(7, client.Identity.ProtocolMinor, "minor");
    }

    [TestMethod]
    [DataRow(2)]
    [DataRow(0)]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_OtherMajor_RefusesWithIncompatibleVersion(int major)
    {
        var controller = ScriptedController.FromCurrentFirmware(image => image[RegisterAddress.ProtocolMajor] = (byte)major);

        var ex = Assert.ThrowsExactly<FurnaceException>(() => Connect(controller, out _));

        Assert.AreEqual(ExitCode.IncompatibleVersion, ex.ExitCode, ex.Message);
        StringAssert.Contains(ex.Message, $"protocol {major}.", "says which version it found");
        Assert.AreEqual(0, controller.StateChangingWrites, "never writes to an incompatible device");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Write_MissingCapabilityBit_RefusedWithoutTouchingTheBus()
    {
        var controller = ScriptedController.FromCurrentFirmware(image =>
            RegisterCodec.Write(image, RegisterAddress.Capabilities, 4, RegisterMap.Capabilities & ~Capability.Mode));
        using FurnaceClient client = Connect(controller, out _);

        var ex = Assert.ThrowsExactly<FurnaceException>(() => client.Write(RegisterMap.Find("Mode")!, 1));

        Assert.AreEqual(ExitCode.NotSupported, ex.ExitCode, ex.Message);
        Assert.IsFalse(client.ReadAll().Registers.Any(r => r.Name == "Mode"), "status omits it");
        Assert.AreEqual(0, controller.StateChangingWrites, "nothing written");
    }

    [TestMethod]
    [DataRow((byte)0xFF, "all 0xFF")]
    [DataRow((byte)0x00, "all 0x00")]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_FloatingOrBlankDevice_DeviceNotFound(byte fill, string what)
    {
        var controller = new ScriptedController(fill);

        var ex = Assert.ThrowsExactly<FurnaceException>(() => Connect(controller, out _));

        Assert.AreEqual(ExitCode.DeviceNotFound, ex.ExitCode, what);
        StringAssert.Contains(ex.Message, $"0x{fill:X2}", "says what it read");
        Assert.AreEqual(0, controller.StateChangingWrites, "nothing written");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_WrongMagic_ForeignDevice()
    {
        var controller = ScriptedController.FromCurrentFirmware(image => RegisterCodec.Write(image, 0, 4, 0x48414C50)); // "HALP"

        var ex = Assert.ThrowsExactly<FurnaceException>(() => Connect(controller, out _));

        Assert.AreEqual(ExitCode.DeviceNotFound, ex.ExitCode, ex.Message);
        StringAssert.Contains(ex.Message, "0x48414C50", "shows the magic found");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_ImageShorterThanIdentity_Refused()
    {
        var controller = ScriptedController.FromCurrentFirmware(image => image[RegisterAddress.ImageLength] = 4);

        var ex = Assert.ThrowsExactly<FurnaceException>(() => Connect(controller, out _));

        Assert.AreEqual(ExitCode.DeviceNotFound, ex.ExitCode, ex.Message);
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_IdentityReadsDifferently_BusError()
    {
        var controller = ScriptedController.FromCurrentFirmware();
        controller.Noisy = true;

        var ex = Assert.ThrowsExactly<FurnaceException>(() => Connect(controller, out _));

        Assert.AreEqual(ExitCode.BusError, ex.ExitCode, ex.Message);
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_NakOnEveryByte_BusErrorAfterBoundedRetries()
    {
        var bus = new SimulatedI2cBus { NakAll = true };
        bus.Attach(RegisterMap.DefaultAddress, ScriptedController.FromCurrentFirmware());
        var transport = new RetryingTransport(new BusTransport(bus, RegisterMap.DefaultAddress), 3, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(1));

        var ex = Assert.ThrowsExactly<BusException>(() => FurnaceClient.Connect(transport, Options));

        Assert.AreEqual(BusFault.Nak, ex.Fault, ex.Message);
        Assert.AreEqual(2, transport.Retries, "three attempts, then give up");
        StringAssert.Contains(ex.Message, "failed 3 times", "says it retried");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_NakOnFirstDataByte_BusErrorAfterBoundedRetries()
    {
        var bus = new SimulatedI2cBus { NakData = true };
        var controller = ScriptedController.FromCurrentFirmware();
        bus.Attach(RegisterMap.DefaultAddress, controller);
        var transport = new RetryingTransport(new BusTransport(bus, RegisterMap.DefaultAddress), 3, TimeSpan.FromSeconds(1), TimeSpan.Zero);

        var ex = Assert.ThrowsExactly<BusException>(() => FurnaceClient.Connect(transport, Options));

        Assert.AreEqual(BusFault.Nak, ex.Fault, ex.Message);
        Assert.AreEqual(0, controller.StateChangingWrites, "nothing written");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_NoDeviceAtAddress_BusErrorNamesTheAddress()
    {
        var bus = new SimulatedI2cBus();
        var transport = new RetryingTransport(new BusTransport(bus, 0x5F), 2, TimeSpan.FromSeconds(1), TimeSpan.Zero);

        var ex = Assert.ThrowsExactly<BusException>(() => FurnaceClient.Connect(transport, Options));

        StringAssert.Contains(ex.Message, "0x5F", "names the address");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_WedgedAdapter_TimesOutInsteadOfHanging()
    {
        using var hanging = new HangingTransport();
        var transport = new RetryingTransport(hanging, 3, TimeSpan.FromMilliseconds(100), TimeSpan.Zero);
        var clock = Stopwatch.StartNew();

        var ex = Assert.ThrowsExactly<BusException>(() => FurnaceClient.Connect(transport, Options));

        Assert.AreEqual(BusFault.Timeout, ex.Fault, ex.Message);
        Assert.IsTrue(clock.Elapsed < TimeSpan.FromSeconds(5), $"bounded: took {clock.Elapsed}");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void ReadAll_DeviceChangedIdentityAfterConnect_RefusesInsteadOfMisreading()
    {
        var controller = ScriptedController.FromCurrentFirmware();
        using FurnaceClient client = Connect(controller, out _);
        controller.Edit(image => image[RegisterAddress.ProtocolMinor] = 9); // flashed with newer firmware meanwhile

        var ex = Assert.ThrowsExactly<FurnaceException>(() => client.ReadAll());

        Assert.AreEqual(ExitCode.DeviceNotFound, ex.ExitCode, ex.Message);
        StringAssert.Contains(ex.Message, "reconnect", "says what to do");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Connect_SeparateTransactions_WorksLikeCombined()
    {
        var bus = new SimulatedI2cBus();
        bus.Attach(RegisterMap.DefaultAddress, ScriptedController.FromCurrentFirmware());

        using FurnaceClient client = FurnaceClient.Connect(new BusTransport(bus, RegisterMap.DefaultAddress), Options with { SeparateTransactions = true });

        Assert.AreEqual(RegisterMap.ProtocolMajor, client.Identity.ProtocolMajor, "ESP32-style pointer write then read");
    }

    private static FurnaceClient Connect(ScriptedController controller, out BusTransport transport)
    {
        var bus = new SimulatedI2cBus();
        bus.Attach(RegisterMap.DefaultAddress, controller);
        transport = new BusTransport(bus, RegisterMap.DefaultAddress);
        return FurnaceClient.Connect(transport, Options);
    }
}
