namespace FurnaceFw.Mqtt;

/// <summary>
/// Every topic the bridge uses, in one place (docs/mqtt.md lists them). Under ROOT/DEVICE: availability (online/offline,
/// retained, also the Last Will), bridge (retained JSON: running or why it stopped), state (retained JSON), result (command
/// verdicts) and set/... (commands). Discovery lives under Home Assistant's prefix.
/// </summary>
public sealed class TopicLayout
{
    public TopicLayout(BridgeOptions options)
    {
        DeviceId = options.DeviceId;
        Base = $"{options.TopicRoot}/{options.DeviceId}";
        DiscoveryPrefix = options.DiscoveryPrefix;
    }

    public string DeviceId { get; }

    /// <summary>ROOT/DEVICE.</summary>
    public string Base { get; }

    public string DiscoveryPrefix { get; }

    public string Availability => Base + "/availability";

    public string Bridge => Base + "/bridge";

    public string State => Base + "/state";

    public string Result => Base + "/result";

    /// <summary>The subscription that carries every command: ROOT/DEVICE/set/#.</summary>
    public string CommandFilter => Base + "/set/#";

    public string SetpointCommand => Base + "/set/setpoint";

    public string ModeCommand => Base + "/set/mode";

    public string LatchArmCommand => Base + "/set/latch_reset/arm";

    public string LatchConfirmCommand => Base + "/set/latch_reset/confirm";

    /// <summary>The MQTT client id: one per furnace, so a second bridge for the same furnace takes the session over.</summary>
    public string ClientId => "furnacefw-" + DeviceId;

    /// <summary>HA discovery config topic: PREFIX/COMPONENT/DEVICE/OBJECT/config.</summary>
    public string Discovery(string component, string objectId) => $"{DiscoveryPrefix}/{component}/{DeviceId}/{objectId}/config";

    /// <summary>The command suffix ("setpoint", "mode", "latch_reset/arm") of a topic under set/, or null for any other topic.</summary>
    public string? CommandName(string topic) =>
        topic.StartsWith(Base + "/set/", StringComparison.Ordinal) ? topic[(Base.Length + 5)..] : null;
}
