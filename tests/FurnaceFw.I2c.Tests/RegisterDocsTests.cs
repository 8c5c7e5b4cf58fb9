using System.Reflection;
using System.Text;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>docs/i2c-register-map.md must show exactly the code's table. Run with UPDATE_DOCS=1 to regenerate it.</summary>
[TestClass]
public sealed class RegisterDocsTests
{
    private const string Begin = "<!-- register-table:begin (generated from Protocol/I2c/RegisterMap.cs; UPDATE_DOCS=1 dotnet test) -->";
    private const string End = "<!-- register-table:end -->";

    [TestMethod]
    public void DocsTable_MatchesRegisterMap()
    {
        string path = Path.Combine(RepoRoot(), "docs", "i2c-register-map.md");
        string doc = File.ReadAllText(path);
        int begin = doc.IndexOf(Begin, StringComparison.Ordinal);
        int end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.IsTrue(begin >= 0 && end > begin, $"{path} must contain the generated-table markers");
        string current = doc.Substring(begin + Begin.Length, end - begin - Begin.Length).Trim('\n');
        string expected = RenderTable();

        if (current != expected && Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..(begin + Begin.Length)] + "\n" + expected + "\n" + doc[end..]);
            return;
        }

        Assert.AreEqual(expected, current, "docs/i2c-register-map.md register table is out of date: run UPDATE_DOCS=1 dotnet test");
    }

    [TestMethod]
    [DataRow("Setpoint", 600, "S BC 50 02 58 F1 P")]
    [DataRow("Mode", 1, "S BC 52 01 31 P")]
    [DataRow("HostWatchdogTimeout", 30, "S BC 54 00 1E A5 P")]
    [DataRow("LatchResetArm", 0x1234, "S BC 56 12 34 D8 P")]
    [DataRow("LatchResetConfirm", 0x1234, "S BC 58 12 34 F4 P")]
    public void DocsExample_WriteFrame_MatchesEncoder(string register, int value, string documented)
    {
        byte[] frame = BankHarness.Frame(register, value);
        string onWire = "S BC " + string.Join(" ", frame.Select(b => b.ToString("X2"))) + " P";

        Assert.AreEqual(documented, onWire, $"{register} = {value}");
        StringAssert.Contains(File.ReadAllText(Path.Combine(RepoRoot(), "docs", "i2c-register-map.md")), "`" + documented + "`",
            "the docs show this frame");
    }

    internal static string RenderTable()
    {
        var sb = new StringBuilder();
        sb.Append("| Addr | Name | Bytes | Access | Type | Unit (scale) | Write range (raw) | Capability | Meaning |\n");
        sb.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (RegisterDefinition r in RegisterMap.All)
        {
            string type = (r.Signed ? "i" : "u") + (8 * r.Width) + (r.Format == RegisterFormat.Number ? "" : " " + r.Format.ToString().ToLowerInvariant());
            string unit = r.Unit.Length == 0 ? "" : r.Scale == 1 ? r.Unit : $"{r.Unit} (raw / {r.Scale})";
            string range = r.IsWritable ? $"{r.Min}..{r.Max}" : "";
            string access = r.Access switch { RegisterAccess.Read => "R", RegisterAccess.Write => "W", _ => "R/W" };
            sb.Append($"| 0x{r.Address:X2} | {r.Name} | {r.Width} | {access} | {type} | {unit} | {range} | {CapabilityName(r.Capability)} | {r.Description.Replace("|", "\\|")} |\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string CapabilityName(int bit)
    {
        if (bit == 0)
        {
            return "always";
        }

        FieldInfo field = typeof(Capability).GetFields().First(f => (int)f.GetValue(null)! == bit);
        return $"{field.Name} (bit {System.Numerics.BitOperations.TrailingZeroCount(bit)})";
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FurnaceFw.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FurnaceFw.sln not found above " + AppContext.BaseDirectory);
    }
}
