using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

[TestClass]
public sealed class RegisterMapTests
{
    // Released registers never move (docs/i2c-register-map.md, "Versioning"). Editing this list is a protocol break.
    private static readonly (string Name, int Address, int Width)[] Released =
    {
        ("Magic", 0x00, 4), ("ProtocolMajor", 0x04, 1), ("ProtocolMinor", 0x05, 1), ("RegisterCount", 0x06, 1),
        ("ImageLength", 0x07, 1), ("FirmwareVersion", 0x08, 4), ("Capabilities", 0x0C, 4),
        ("Temperature", 0x10, 2), ("SensorStatus", 0x12, 1), ("State", 0x13, 1), ("Faults", 0x14, 2), ("Latched", 0x16, 1),
        ("Relays", 0x17, 1), ("Uptime", 0x18, 4), ("CycleCount", 0x1C, 4), ("CycleCountCheck", 0x20, 4),
        ("WatchdogResets", 0x24, 2), ("LastReason", 0x26, 1), ("LinkUp", 0x27, 1), ("RecentReasons", 0x28, 4),
        ("LastCommandResult", 0x2C, 1), ("HostLink", 0x2D, 1), ("CommandCount", 0x2E, 2), ("SensorErrors", 0x30, 2),
        ("LateCycles", 0x32, 2), ("HostWatchdogRemaining", 0x34, 2), ("HostExpiries", 0x36, 2), ("LatchResetBelow", 0x38, 2),
        ("SetpointMin", 0x3A, 2), ("SetpointMax", 0x3C, 2), ("BusErrors", 0x40, 2), ("RejectedWrites", 0x42, 2),
        ("AcceptedWrites", 0x44, 2), ("UnknownReads", 0x46, 2), ("LastRejectRegister", 0x48, 1), ("LastRejectReason", 0x49, 1),
        ("Setpoint", 0x50, 2), ("Mode", 0x52, 1), ("ClearErrors", 0x53, 1), ("HostWatchdogTimeout", 0x54, 2),
        ("LatchResetArm", 0x56, 2), ("LatchResetConfirm", 0x58, 2),
    };

    [TestMethod]
    public void All_ReleasedRegisters_KeepAddressAndWidth()
    {
        foreach (var (name, address, width) in Released)
        {
            RegisterDefinition? register = RegisterMap.Find(name);
            Assert.IsNotNull(register, $"released register {name} was removed");
            Assert.AreEqual(address, register.Address, $"{name} moved");
            Assert.AreEqual(width, register.Width, $"{name} changed width");
        }
    }

    [TestMethod]
    public void All_Registers_DoNotOverlapAndFitTheImage()
    {
        var owner = new string?[RegisterMap.AddressSpace];
        foreach (RegisterDefinition register in RegisterMap.All)
        {
            Assert.IsTrue(register.Format == RegisterFormat.Text ? register.Width is > 0 and <= 64 : register.Width is 1 or 2 or 4,
                $"{register.Name}: width {register.Width}");
            Assert.IsTrue(register.Address + register.Width <= RegisterMap.ImageLength, $"{register.Name} ends beyond ImageLength");
            for (int a = register.Address; a < register.Address + register.Width; a++)
            {
                Assert.IsNull(owner[a], $"{register.Name} overlaps {owner[a]} at 0x{a:X2}");
                owner[a] = register.Name;
            }
        }
    }

    [TestMethod]
    public void All_Names_AreUniqueIgnoringCase()
    {
        var names = RegisterMap.All.Select(r => r.Name.ToLowerInvariant()).ToList();

        CollectionAssert.AllItemsAreUnique(names, "register names are looked up case-insensitively");
    }

    [TestMethod]
    public void All_CapabilityBits_AreAnnouncedByThisFirmware()
    {
        foreach (RegisterDefinition register in RegisterMap.All)
        {
            Assert.AreEqual(register.Capability, register.Capability & RegisterMap.Capabilities,
                $"{register.Name} needs capability 0x{register.Capability:X} the firmware does not announce");
        }
    }

    [TestMethod]
    public void All_IdentityBlock_NeedsNoCapabilityAndSitsInFirst16Bytes()
    {
        foreach (RegisterDefinition register in RegisterMap.All.Where(r => r.Capability == Capability.Always))
        {
            Assert.IsTrue(register.Address + register.Width <= 0x10, $"{register.Name} is outside the identity block");
            Assert.AreEqual(RegisterAccess.Read, register.Access, $"{register.Name} must be read-only");
        }
    }

    [TestMethod]
    public void All_WritableRegisters_HaveARangeAndFitOneWrite()
    {
        foreach (RegisterDefinition register in RegisterMap.All.Where(r => r.IsWritable))
        {
            Assert.IsTrue(register.Min <= register.Max, $"{register.Name}: min {register.Min} > max {register.Max}");
            Assert.IsTrue(register.Width <= RegisterMap.MaxWriteData, $"{register.Name} is wider than one write");
            Assert.IsTrue(register.Address >= RegisterAddress.ControlBlock, $"{register.Name} is writable outside the control block");
        }
    }

    [TestMethod]
    public void DefaultAddress_AvoidsCommonRaspberryPiBusParts()
    {
        int[] taken = { 0x6D, 0x68, 0x3C, 0x3D, 0x76, 0x77, 0x40, 0x70 };
        int address = RegisterMap.DefaultAddress; // a variable: the analyzer would fold the constant
        bool inRanges = address is (>= 0x48 and <= 0x4F) or (>= 0x20 and <= 0x27) or (>= 0x50 and <= 0x57)
            or < 0x08 or > 0x77;

        Assert.IsFalse(inRanges || taken.Contains(address),
            $"0x{RegisterMap.DefaultAddress:X2} collides with a common part or a reserved address");
    }

    [TestMethod]
    public void StartingAt_MiddleOfRegister_IsNull()
    {
        Assert.IsNull(RegisterMap.StartingAt(RegisterAddress.Magic + 1), "only a register's first byte names it");
        Assert.AreSame(RegisterMap.Find("setpoint"), RegisterMap.StartingAt(RegisterAddress.Setpoint), "lookup by name ignores case");
    }
}
