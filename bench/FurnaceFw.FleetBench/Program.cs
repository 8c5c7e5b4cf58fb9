using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using System.Text.Json;
using FurnaceFw.FleetBench;
using FurnaceFw.Mqtt;
using MQTTnet;
using MQTTnet.Protocol;

// dotnet run -c Release --project bench/FurnaceFw.FleetBench -- [furnaces=50] [seconds=60] [poll-ms=1000]
// N virtual furnaces in this process (real-time firmware), one `furnacectl mqtt` bridge (BridgeDaemon) per furnace, one
// mosquitto. Every few seconds each furnace gets a new setpoint from its local side; the latency is from the moment its
// firmware snapshot shows it to the moment a subscriber receives the state that carries it. Stops by itself.
int furnaces = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
int seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
int pollMs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
const int ChangeEveryS = 5;

using var broker = new BenchBroker();
var fleet = Enumerable.Range(0, furnaces).Select(i => new VirtualFurnace(i)).ToArray();
using var stop = new CancellationTokenSource();
var stepper = new Thread(() => StepInRealTime(fleet, stop.Token)) { Name = "fleet-stepper", Priority = ThreadPriority.AboveNormal };
stepper.Start();

// Baseline: the furnaces alone, so the bridge's share can be separated from the simulator's.
var (baseCpu, baseMem) = Measure(TimeSpan.FromSeconds(10));

var latencies = new List<double>();
long received = 0;
var lastSeen = new Dictionary<string, int>();
using var subscriber = await Subscribe(broker.Port, (topic, payload, at) =>
{
    Interlocked.Increment(ref received);
    if (!topic.EndsWith("/state", StringComparison.Ordinal) || payload.Length == 0)
    {
        return;
    }

    using JsonDocument json = JsonDocument.Parse(payload);
    if (json.RootElement.GetProperty("setpoint_c").ValueKind != JsonValueKind.Number)
    {
        return;
    }

    int setpoint = (int)(json.RootElement.GetProperty("setpoint_c").GetDouble() * 4);
    int index = int.Parse(topic.Split('/')[1].AsSpan(6), CultureInfo.InvariantCulture);
    lock (lastSeen)
    {
        if (lastSeen.TryGetValue(topic, out int previous) && previous == setpoint)
        {
            return;
        }

        lastSeen[topic] = setpoint;
    }

    long changedAt;
    lock (fleet[index].Changed)
    {
        if (!fleet[index].Changed.Remove(setpoint, out changedAt))
        {
            return; // the first state of a furnace, not a change
        }
    }

    lock (latencies)
    {
        latencies.Add(Stopwatch.GetElapsedTime(changedAt, at).TotalMilliseconds);
    }
});

var settings = new BrokerSettings(BrokerEndpoint.Parse($"mqtt://127.0.0.1:{broker.Port}"), null, null);
int logLines = 0;
var bridges = new List<(BridgeDaemon Daemon, Thread Thread)>();
foreach (VirtualFurnace furnace in fleet)
{
    var options = new BridgeOptions { DeviceId = $"fleet-{furnace.Index:D4}", PollInterval = TimeSpan.FromMilliseconds(pollMs) };
    var daemon = new BridgeDaemon(options, settings, furnace.Connect, _ => Interlocked.Increment(ref logLines));
    var thread = new Thread(() => daemon.Run(stop.Token)) { Name = options.DeviceId };
    thread.Start();
    bridges.Add((daemon, thread));
    Thread.Sleep(Math.Max(1, pollMs / furnaces)); // spread the poll phases as independent hosts would be
}

Thread.Sleep(TimeSpan.FromSeconds(5)); // connect, discovery, first states
lock (latencies)
{
    latencies.Clear();
}

long receivedBefore = Interlocked.Read(ref received);
TimeSpan brokerCpuBefore = broker.CpuTime;
var window = Stopwatch.StartNew();
var changer = new Thread(() =>
{
    var random = new Random(1);
    while (!stop.IsCancellationRequested && window.Elapsed < TimeSpan.FromSeconds(seconds))
    {
        foreach (VirtualFurnace furnace in fleet)
        {
            // A local change (as from the web page or buttons): alternate between two setpoints.
            int target = furnace.Board.ReadSnapshot().SetpointQuarterC == 150 * 4 ? 151 * 4 : 150 * 4;
            furnace.Board.Firmware.Mailbox.PostSetpoint(target);
            Thread.Sleep(TimeSpan.FromMilliseconds(ChangeEveryS * 1000.0 / furnaces * (0.5 + random.NextDouble())));
        }
    }
});
changer.Start();
var (runCpu, runMem) = Measure(TimeSpan.FromSeconds(seconds));
changer.Join();
double elapsedS = window.Elapsed.TotalSeconds;
long messages = Interlocked.Read(ref received) - receivedBefore;
double brokerCpuPct = (broker.CpuTime - brokerCpuBefore).TotalSeconds / elapsedS * 100;

stop.Cancel();
foreach (var (_, thread) in bridges)
{
    thread.Join(TimeSpan.FromSeconds(30));
}

stepper.Join();
double[] sorted;
lock (latencies)
{
    sorted = latencies.OrderBy(x => x).ToArray();
}

int busErrors = bridges.Sum(b => b.Daemon.Counters.BusErrors);
int polls = bridges.Sum(b => b.Daemon.Counters.Polls);
int connects = bridges.Sum(b => b.Daemon.Counters.BrokerConnects);
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"fleet bench: {furnaces} furnaces, {seconds} s measured, poll {pollMs} ms, a setpoint change per furnace every ~{ChangeEveryS} s");
report.AppendLine(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {RuntimeInformationText()}");
report.AppendLine(CultureInfo.InvariantCulture, $"messages received by one subscriber to '#': {messages / elapsedS:0} /s ({messages} in {elapsedS:0} s)");
report.AppendLine(CultureInfo.InvariantCulture, $"latency snapshot -> MQTT: p50 {Percentile(sorted, 0.50):0} ms, p99 {Percentile(sorted, 0.99):0} ms, max {sorted.LastOrDefault():0} ms (n = {sorted.Length})");
report.AppendLine(CultureInfo.InvariantCulture, $"process CPU: furnaces alone {baseCpu:0.0} %, with bridges {runCpu:0.0} % -> bridge {(runCpu - baseCpu) / furnaces:0.00} % of one core per furnace");
report.AppendLine(CultureInfo.InvariantCulture, $"managed heap: furnaces alone {baseMem.Heap / 1e6:0.0} MB, with bridges {runMem.Heap / 1e6:0.0} MB -> {(runMem.Heap - baseMem.Heap) / 1024.0 / furnaces:0} KB per bridge");
report.AppendLine(CultureInfo.InvariantCulture, $"working set: furnaces alone {baseMem.WorkingSet / 1e6:0} MB, with bridges {runMem.WorkingSet / 1e6:0} MB -> {(runMem.WorkingSet - baseMem.WorkingSet) / 1024.0 / furnaces:0} KB per bridge");
report.AppendLine(CultureInfo.InvariantCulture, $"mosquitto: {brokerCpuPct:0.0} % of one core, {broker.ResidentBytes / 1e6:0} MB resident");
report.AppendLine(CultureInfo.InvariantCulture, $"bridges: {polls} polls, {busErrors} bus errors, {connects} broker connections, {logLines} log lines");
Console.Write(report);
return sorted.Length > 0 && busErrors == 0 ? 0 : 1;

static void StepInRealTime(VirtualFurnace[] fleet, CancellationToken stop)
{
    // Every furnace advances one control period per period of real time (the stepper catches up if it falls behind).
    int periodMs = fleet[0].Board.ControlPeriodMs;
    var clock = Stopwatch.StartNew();
    long steps = 0;
    while (!stop.IsCancellationRequested)
    {
        while ((steps + 1) * periodMs <= clock.ElapsedMilliseconds)
        {
            foreach (VirtualFurnace furnace in fleet)
            {
                furnace.Step();
            }

            steps++;
        }

        stop.WaitHandle.WaitOne(5);
    }
}

static (double CpuPercentOfOneCore, (long Heap, long WorkingSet) Memory) Measure(TimeSpan window)
{
    var process = Process.GetCurrentProcess();
    TimeSpan cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    Thread.Sleep(window);
    process.Refresh();
    double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds / clock.Elapsed.TotalSeconds * 100;
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    process.Refresh();
    return (cpu, (GC.GetTotalMemory(true), process.WorkingSet64));
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

static string RuntimeInformationText() =>
    $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, "
    + $"GC {(GCSettings.IsServerGC ? "server" : "workstation")}";

static async Task<IMqttClient> Subscribe(int port, Action<string, string, long> onMessage)
{
    IMqttClient client = new MqttClientFactory().CreateMqttClient();
    client.ApplicationMessageReceivedAsync += e =>
    {
        onMessage(e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray()), Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    };
    await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("fleet-dashboard").Build());
    await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("#", MqttQualityOfServiceLevel.AtMostOnce).Build());
    return client;
}
