using System.Diagnostics;
using FurnaceFw.Host;
using FurnaceFw.Host.Transport;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Mqtt;

/// <summary>
/// `furnacectl mqtt`: the bus thread and the daemon's lifecycle. The calling thread owns the bus: it probes the
/// controller (the same version gate as furnacectl), keeps it in Co-op by rewriting HostWatchdogTimeout every third of
/// the timeout, polls one block read per period, runs commands, and hands state to the broker side through the
/// <see cref="Outbox"/> (never waiting on it). Bus errors are counted and retried with back-off, never fatal. A foreign
/// (exit 3), incompatible (exit 4) or status-less (exit 7) controller and a broker that refuses the bridge (exit 8) end
/// the daemon after publishing why, so systemd's RestartPreventExitStatus stops a crash loop. A clean stop returns the
/// controller to Solo and marks the furnace offline.
/// </summary>
public sealed class BridgeDaemon
{
    private const int OfflineAfterFailures = 3;

    private readonly BridgeOptions _options;
    private readonly BrokerSettings _broker;
    private readonly Func<FurnaceClient> _connect;
    private readonly Action<string> _log;
    private readonly TopicLayout _topics;
    private readonly Outbox _outbox;
    private readonly CommandInbox _commands;

    public BridgeDaemon(BridgeOptions options, BrokerSettings broker, Func<FurnaceClient> connect, Action<string> log)
    {
        _options = options;
        _broker = broker;
        _connect = connect;
        _log = log;
        _topics = new TopicLayout(options);
        _outbox = new Outbox(options.ResultQueueCapacity, Counters);
        _commands = new CommandInbox(_topics, _outbox, Counters, options.CommandQueueCapacity);
    }

    public BridgeCounters Counters { get; } = new();

    public TopicLayout Topics => _topics;

    /// <summary>Runs until <paramref name="stop"/> or a condition retrying cannot fix; returns the process exit code.</summary>
    public int Run(CancellationToken stop)
    {
        _broker.LoadCa(); // a bad --ca-file is a usage error now, not a retry loop later
        var mqtt = new MqttConnection(_broker, _topics, _outbox, Counters, _options.MaxReconnectDelay, _commands.Receive, _log);
        _outbox.PostAvailability(false);
        _outbox.PostBridgeStatus(BridgeStatusReport.Render("starting", "probing the controller"));
        mqtt.Start();
        try
        {
            return Loop(mqtt, stop);
        }
        finally
        {
            mqtt.Stop(_options.StopTimeout);
        }
    }

    private int Loop(MqttConnection mqtt, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var busBackoff = new Backoff(_options.PollInterval, _options.MaxBusRetryDelay);
        var duty = new ElementDutyMeter(_options.DutyWindow, _options.PollInterval);
        var discovery = new DiscoveryBuilder(_topics);
        FurnaceClient? client = null;
        bool coop = false;
        string? lastKey = null;
        string? discoveryKey = null;
        long lastUptime = -1;
        long nextPoll = 0, nextFeed = 0, nextHeartbeat = 0;
        int failures = 0;
        long feedEveryMs = _options.WatchdogSeconds * 1000L / 3;
        long pollMs = (long)_options.PollInterval.TotalMilliseconds;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (mqtt.Fatal.IsCompleted)
                {
                    return Fail(ExitCode.BrokerRefused, "broker_refused", mqtt.FatalError!.Message, ref client, coop);
                }

                try
                {
                    if (client == null)
                    {
                        try
                        {
                            client = _connect();
                        }
                        catch (FurnaceException e) when (e.ExitCode is ExitCode.DeviceNotFound or ExitCode.IncompatibleVersion or ExitCode.NotSupported or ExitCode.Usage)
                        {
                            string state = e.ExitCode switch
                            {
                                ExitCode.DeviceNotFound => "foreign",
                                ExitCode.IncompatibleVersion => "incompatible",
                                ExitCode.Usage => "usage",
                                _ => "not_supported",
                            };
                            _outbox.PostAvailability(false);
                            _outbox.PostBridgeStatus(BridgeStatusReport.Render(state, e.Message, (int)e.ExitCode));
                            _log($"{e.Message}; not retrying (exit {(int)e.ExitCode})");
                            return (int)e.ExitCode;
                        }

                        DeviceIdentity id = client.Identity;
                        coop = id.Supports(RegisterMap.Find("HostWatchdogTimeout")!);
                        _log($"controller at {client.Where}: firmware {id.FirmwareVersionText}, protocol {id.ProtocolMajor}.{id.ProtocolMinor}"
                            + (coop ? $"; keeping it in Co-op (timeout {_options.WatchdogSeconds} s)" : "; no host watchdog: host heat raises will be refused"));
                        _outbox.PostBridgeStatus(BridgeStatusReport.Render("running", $"bridging {client.Where}", null, id.FirmwareVersionText,
                            $"{id.ProtocolMajor}.{id.ProtocolMinor}"));
                        nextPoll = nextFeed = clock.ElapsedMilliseconds;
                        lastKey = null;
                    }

                    long now = clock.ElapsedMilliseconds;
                    if (coop && now >= nextFeed)
                    {
                        client.SetHostWatchdog(_options.WatchdogSeconds);
                        nextFeed = now + feedEveryMs;
                    }

                    if (now >= nextPoll)
                    {
                        FurnaceReading reading = Poll(client, now, duty, ref lastUptime);
                        string key = $"{client.Identity}|{reading.SetpointMinQuarterC}|{reading.SetpointMaxQuarterC}";
                        if (key != discoveryKey)
                        {
                            _outbox.PostDiscovery(discovery.Build(client.Identity, reading));
                            discoveryKey = key;
                        }

                        StateDocument doc = StateDocument.Render(reading, duty.Percent, Counters);
                        if (doc.ChangeKey != lastKey || now >= nextHeartbeat)
                        {
                            _outbox.PostState(doc.Json);
                            lastKey = doc.ChangeKey;
                            nextHeartbeat = now + (long)_options.PublishEvery.TotalMilliseconds;
                        }

                        _outbox.PostAvailability(true);
                        failures = 0;
                        busBackoff.Reset();
                        nextPoll = Math.Max(nextPoll + pollMs, now + 1);
                    }

                    while (_commands.TryTake(out BridgeCommand? command))
                    {
                        RunCommand(client, command!);
                        nextPoll = clock.ElapsedMilliseconds; // show the effect at once
                    }
                }
                catch (FurnaceException e) when (e.ExitCode == ExitCode.NotSupported)
                {
                    return Fail(e.ExitCode, "not_supported", e.Message, ref client, coop);
                }
                catch (Exception e) when (e is BusException or FurnaceException)
                {
                    // A bus error, or an identity that changed under us: drop the client; the next connect re-probes the
                    // identity and gives the verdict. Never fatal by itself.
                    Counters.BusError();
                    failures++;
                    if (failures == 1 || failures % 60 == 0)
                    {
                        _log($"bus: {e.Message} (retrying; {Counters.BusErrors} bus errors so far)");
                    }

                    if (failures == OfflineAfterFailures)
                    {
                        _outbox.PostAvailability(false);
                        _outbox.PostBridgeStatus(BridgeStatusReport.Render("bus_error", e.Message));
                    }

                    client?.Dispose();
                    client = null;
                    _commands.RefuseQueued(e.Message);
                    WaitHandle.WaitAny(new[] { stop.WaitHandle }, failures < OfflineAfterFailures ? TimeSpan.FromMilliseconds(pollMs) : busBackoff.Next());
                    continue;
                }

                long wait = Math.Min(nextPoll, coop ? nextFeed : long.MaxValue) - clock.ElapsedMilliseconds;
                WaitHandle.WaitAny(new[] { stop.WaitHandle, _commands.Arrived }, TimeSpan.FromMilliseconds(Math.Clamp(wait, 1, 60_000)));
            }

            int code = LeaveCoop(ref client, coop);
            _outbox.PostAvailability(false);
            _outbox.PostBridgeStatus(BridgeStatusReport.Render("stopped", code == 0 ? "clean stop; controller in Solo" : "stopped; Co-op left to time out", code));
            return code;
        }
        finally
        {
            client?.Dispose();
        }
    }

    private FurnaceReading Poll(FurnaceClient client, long now, ElementDutyMeter duty, ref long lastUptime)
    {
        RegisterSnapshot snapshot = client.ReadStatus();
        Counters.Poll();
        FurnaceReading reading = FurnaceReading.From(snapshot);
        if (reading.UptimeS < lastUptime)
        {
            duty.Reset(); // the controller rebooted
        }

        lastUptime = reading.UptimeS;
        duty.Add(now, reading.ElementOn);
        _commands.Latest = reading;
        return reading;
    }

    private void RunCommand(FurnaceClient client, BridgeCommand command)
    {
        string report;
        try
        {
            report = CommandExecutor.Execute(client, command);
        }
        catch (Exception e) when (e is BusException or FurnaceException)
        {
            _outbox.PostResult(CommandExecutor.BusFailure(command, e));
            throw;
        }

        _outbox.PostResult(report);
        _log($"command {command.Name} {command.Payload}: {report}");
    }

    private int Fail(ExitCode code, string state, string message, ref FurnaceClient? client, bool coop)
    {
        _log($"{message}; not retrying (exit {(int)code})");
        LeaveCoop(ref client, coop);
        _outbox.PostAvailability(false);
        _outbox.PostBridgeStatus(BridgeStatusReport.Render(state, message, (int)code));
        return (int)code;
    }

    /// <summary>Back to Solo (HostWatchdogTimeout = 0); if the bus is down the controller's own timeout does it.</summary>
    private int LeaveCoop(ref FurnaceClient? client, bool coop)
    {
        int code = 0;
        if (client != null && coop)
        {
            try
            {
                client.SetHostWatchdog(0);
                _log("stopped; controller back in Solo");
            }
            catch (Exception e) when (e is BusException or FurnaceException)
            {
                _log($"could not leave Co-op cleanly ({e.Message}); the controller returns to Solo when its timeout passes");
                code = (int)ExitCode.BusError;
            }
        }

        return code;
    }
}
