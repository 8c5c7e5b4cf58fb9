using System.CommandLine;
using FurnaceFw.Host;
using FurnaceFw.Mqtt;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Furnacectl;

/// <summary>
/// `furnacectl mqtt`: the Home Assistant / fleet bridge daemon (docs/mqtt.md). It replaces `coop` for people who use
/// MQTT: it keeps the controller in Co-op while it runs and returns it to Solo on SIGTERM/SIGINT. Credentials come from
/// --credentials FILE or the environment, never from the command line.
/// </summary>
internal static class MqttCommand
{
    public static Command Create(CliContext c)
    {
        var broker = new Option<string>("--broker") { Description = "Broker: mqtt://HOST[:1883] or mqtts://HOST[:8883]" };
        var caFile = new Option<string?>("--ca-file") { Description = "PEM CA certificate(s) the broker's TLS certificate must chain to (mqtts://)" };
        var credentials = new Option<string?>("--credentials")
        {
            Description = $"File with username=... and password=... lines (else ${BrokerCredentials.UserVariable} / ${BrokerCredentials.PasswordVariable})",
        };
        var deviceId = new Option<string?>("--device-id") { Description = "Id on the broker ([a-zA-Z0-9_-]); default HOSTNAME-i2cBUS-ADDRESS" };
        var topicRoot = new Option<string>("--topic-root") { Description = "Root of the bridge's topics", DefaultValueFactory = _ => "furnacefw" };
        var prefix = new Option<string>("--discovery-prefix") { Description = "Home Assistant discovery prefix", DefaultValueFactory = _ => "homeassistant" };
        var pollMs = new Option<int>("--poll-ms") { Description = "One block read per period (100..60000)", DefaultValueFactory = _ => 1000 };
        var publishEvery = new Option<int>("--publish-every-s") { Description = "Publish state at least this often (1..3600)", DefaultValueFactory = _ => 30 };
        var watchdog = new Option<int>("--watchdog-s") { Description = "Host watchdog timeout written to the controller (5..3600)", DefaultValueFactory = _ => 30 };
        var forget = new Option<bool>("--forget") { Description = "Remove this furnace's discovery and retained topics from the broker, then exit" };
        var command = new Command("mqtt", "Run as the MQTT / Home Assistant bridge daemon (keeps the controller in Co-op)")
        {
            broker, caFile, credentials, deviceId, topicRoot, prefix, pollMs, publishEvery, watchdog, forget,
        };
        command.SetAction(parse =>
        {
            try
            {
                var settings = new BrokerSettings(BrokerEndpoint.Parse(parse.GetValue(broker)),
                    BrokerCredentials.Load(parse.GetValue(credentials), Environment.GetEnvironmentVariable), parse.GetValue(caFile));
                settings.LoadCa();
                var options = new BridgeOptions
                {
                    DeviceId = DeviceIdOf(c, parse, parse.GetValue(deviceId)),
                    TopicRoot = TopicSegment("--topic-root", parse.GetValue(topicRoot)!),
                    DiscoveryPrefix = TopicSegment("--discovery-prefix", parse.GetValue(prefix)!),
                    PollInterval = TimeSpan.FromMilliseconds(Range("--poll-ms", parse.GetValue(pollMs), 100, 60_000)),
                    PublishEvery = TimeSpan.FromSeconds(Range("--publish-every-s", parse.GetValue(publishEvery), 1, 3600)),
                    WatchdogSeconds = Range("--watchdog-s", parse.GetValue(watchdog), RegisterMap.HostWatchdogMinSeconds, 3600),
                };
                Action<string> log = line =>
                {
                    c.Error.WriteLine($"furnacectl mqtt: {line}");
                    c.Error.Flush();
                };
                if (parse.GetValue(forget))
                {
                    return DiscoveryRemover.Run(settings, new TopicLayout(options), log);
                }

                using var stop = new StopSignal();
                var daemon = new BridgeDaemon(options, settings, () => c.Globals.Connect(parse), log);
                log($"bridging to {settings.Endpoint} as '{options.DeviceId}' (topics under {daemon.Topics.Base}/)");
                return daemon.Run(stop.Token);
            }
            catch (FurnaceException e)
            {
                c.Error.WriteLine($"furnacectl mqtt: {e.Message}");
                return (int)e.ExitCode;
            }
        });
        return command;
    }

    private static string DeviceIdOf(CliContext c, ParseResult parse, string? given)
    {
        if (given != null)
        {
            return DeviceName.Validate(given);
        }

        var (where, address) = c.Globals.Location(parse);
        return DeviceName.Derive(Environment.MachineName, where, address);
    }

    private static int Range(string name, int value, int min, int max) =>
        value >= min && value <= max ? value : throw new FurnaceException(ExitCode.Usage, $"{name} {value}: expected {min}..{max}");

    /// <summary>A topic prefix: no wildcards, no empty levels, no leading '$' (reserved for the broker).</summary>
    private static string TopicSegment(string name, string value)
    {
        bool bad = value.Length == 0 || value.StartsWith('$') || value.StartsWith('/') || value.EndsWith('/') || value.Contains("//")
            || value.IndexOfAny(new[] { '+', '#', '\0' }) >= 0;
        return bad ? throw new FurnaceException(ExitCode.Usage, $"{name} '{value}': a topic prefix without wildcards, '$' or empty levels") : value;
    }
}
