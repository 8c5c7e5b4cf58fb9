using System.Text.Encodings.Web;
using System.Text.Json;

namespace FurnaceFw.Mqtt;

/// <summary>JSON as people read it on mosquitto_sub: "°C" and quotes unescaped (still valid JSON; nothing here is embedded in HTML).</summary>
public static class JsonText
{
    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions Serializer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
