using System.Text;
using System.Text.Json;
using FurnaceFw.Host;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Furnacectl;

/// <summary>`status --json`: identity plus every offered register as {raw, text[, value, unit]}.</summary>
internal static class StatusJson
{
    public static string Render(RegisterSnapshot snapshot, string where)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("device", where);
            json.WriteString("firmware", snapshot.Identity.FirmwareVersionText);
            json.WriteString("protocol", $"{snapshot.Identity.ProtocolMajor}.{snapshot.Identity.ProtocolMinor}");
            json.WriteNumber("capabilities", snapshot.Identity.Capabilities);
            json.WriteStartObject("registers");
            foreach (RegisterDefinition register in snapshot.Registers)
            {
                int raw = snapshot.Raw(register);
                json.WriteStartObject(register.Name);
                if (register.Width == 4 && !register.Signed)
                {
                    json.WriteNumber("raw", (uint)raw);
                }
                else
                {
                    json.WriteNumber("raw", raw);
                }

                json.WriteString("text", snapshot.Text(register));
                if (register.Format == RegisterFormat.Number && register.Scale != 1)
                {
                    json.WriteNumber("value", raw / (double)register.Scale);
                }

                if (register.Unit.Length > 0)
                {
                    json.WriteString("unit", register.Unit);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
