using System.Reflection;
using System.Text;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Web;

namespace FurnaceFw.Http.Tests;

/// <summary>Every wire value has a web name, and a value the web does not know is written as its number.</summary>
[TestClass]
public sealed class ProtocolNamesTests
{
    [TestMethod]
    public void Of_EveryDefinedEnumValue_HasASnakeCaseName()
    {
        AssertNamed(Enum.GetValues<FurnaceState>(), v => ProtocolNames.Of(v));
        AssertNamed(Enum.GetValues<ReasonCode>(), v => ProtocolNames.Of(v));
        AssertNamed(Enum.GetValues<SensorStatus>(), v => ProtocolNames.Of(v));
        AssertNamed(Enum.GetValues<CommandResult>(), v => ProtocolNames.Of(v));
        AssertNamed(Enum.GetValues<ControlMode>(), v => ProtocolNames.Of(v));
    }

    [TestMethod]
    public void FaultBit_EveryFaultFlag_HasAName()
    {
        foreach (FieldInfo field in typeof(FaultFlags).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            int flag = (int)field.GetValue(null)!;
            if (flag == 0 || (flag & (flag - 1)) != 0)
            {
                continue; // None and masks are not single bits
            }

            int bit = System.Numerics.BitOperations.TrailingZeroCount(flag);
            Assert.IsNotNull(ProtocolNames.FaultBit(bit), $"FaultFlags.{field.Name} needs a name on the web interface (Web/ProtocolNames.cs)");
        }
    }

    [TestMethod]
    public void NameOrNumber_ValueWithoutAName_IsWrittenAsItsNumber()
    {
        Assert.IsNull(ProtocolNames.Of((CommandResult)200), "precondition: 200 is not a CommandResult this firmware knows");

        string json = Write(j =>
        {
            j.BeginObject();
            j.NameOrNumber(JsonWriter.Key("known"), ProtocolNames.Of(FurnaceState.Tripped), (int)FurnaceState.Tripped);
            j.NameOrNumber(JsonWriter.Key("unknown"), ProtocolNames.Of((CommandResult)200), 200);
            j.EndObject();
        });

        Assert.AreEqual("{\"known\":\"tripped\",\"unknown\":200}", json, "a known value by name, an unknown one by number");
    }

    [TestMethod]
    public void String_ValueWithQuotesControlsAndMarkup_IsEscaped()
    {
        string json = Write(j =>
        {
            j.BeginObject();
            j.String(JsonWriter.Key("v"), Encoding.UTF8.GetBytes("a\"b\\c\n<x>&\u00e9"));
            j.EndObject();
        });

        Assert.AreEqual("{\"v\":\"a\\\"b\\\\c\\u000a\\u003cx\\u003e\\u0026\u00e9\"}", json, "escaped JSON that a page can never mistake for markup");
        Assert.AreEqual("a\"b\\c\n<x>&\u00e9", System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("v").GetString(), "round-trips");
    }

    private static string Write(Action<JsonWriter> body)
    {
        var connection = new MemoryConnection();
        var output = new ResponseWriter(64, new RealTimeClock());
        output.Begin(connection, long.MaxValue / 2);
        body(new JsonWriter(output));
        output.Flush();
        return Encoding.UTF8.GetString(connection.Bytes.ToArray());
    }

    private static void AssertNamed<T>(T[] values, Func<T, byte[]?> name)
        where T : struct, Enum
    {
        foreach (T value in values)
        {
            byte[]? bytes = name(value);
            Assert.IsNotNull(bytes, $"{typeof(T).Name}.{value} needs a name on the web interface (Web/ProtocolNames.cs)");
            string text = Encoding.ASCII.GetString(bytes);
            Assert.IsTrue(text.All(c => c is >= 'a' and <= 'z' or '_'), $"{typeof(T).Name}.{value} is named '{text}': snake_case only");
        }
    }
}
