using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;

namespace FurnaceFw.Mqtt.Tests;

/// <summary>What Home Assistant or a fleet dashboard would be: an MQTTnet subscriber to '#' that records every message and
/// reconnects by itself after a broker restart. Tests wait on conditions, never on fixed sleeps.</summary>
public sealed class MqttProbe : IDisposable
{
    private readonly List<Received> _messages = new();
    private readonly IMqttClient _client;
    private readonly MqttClientOptions _options;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _keeper;
    private volatile bool _subscribed;

    private MqttProbe(int port)
    {
        _client = new MqttClientFactory().CreateMqttClient();
        _options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("probe-" + Guid.NewGuid().ToString("N")[..8])
            .WithTimeout(TimeSpan.FromSeconds(10)).Build();
        _client.ApplicationMessageReceivedAsync += e =>
        {
            var message = new Received(e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray()),
                e.ApplicationMessage.Retain, Stopwatch.GetTimestamp());
            lock (_messages)
            {
                _messages.Add(message);
            }

            return Task.CompletedTask;
        };
        _keeper = Task.Run(KeepConnectedAsync);
    }

    public static MqttProbe Start(int port)
    {
        var probe = new MqttProbe(port);
        // Subscribed, not only connected: a message published before the subscription exists would never reach the probe.
        probe.WaitUntil(() => probe._subscribed && probe._client.IsConnected, TimeSpan.FromSeconds(30), "the probe connects and subscribes");
        return probe;
    }

    public IReadOnlyList<Received> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToArray();
            }
        }
    }

    /// <summary>The newest message on <paramref name="topic"/>, or null.</summary>
    public Received? Last(string topic) => Messages.LastOrDefault(m => m.Topic == topic);

    public Received WaitFor(string topic, Func<Received, bool> match, TimeSpan timeout, string what)
    {
        Received? found = null;
        WaitUntil(() => (found = Messages.LastOrDefault(m => m.Topic == topic && match(m))) != null, timeout, what);
        return found!;
    }

    /// <summary>Waits for a message on <paramref name="topic"/> that arrived after <paramref name="afterIndex"/> messages.</summary>
    public Received WaitForNew(int afterIndex, string topic, Func<Received, bool> match, TimeSpan timeout, string what)
    {
        Received? found = null;
        WaitUntil(() => (found = Messages.Skip(afterIndex).FirstOrDefault(m => m.Topic == topic && match(m))) != null, timeout, what);
        return found!;
    }

    public int Count => Messages.Count;

    public void Publish(string topic, string payload, bool retain = false) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithRetainFlag(retain)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build()).GetAwaiter().GetResult();

    /// <summary>
    /// Returns once everything the broker had queued for this probe has arrived: it publishes a marker to itself and waits
    /// for it. The broker delivers to one client in order, so the retained messages it sent at subscription come first.
    /// </summary>
    public void Flush(TimeSpan timeout)
    {
        string marker = "probe-flush/" + Guid.NewGuid().ToString("N");
        Publish(marker, "flush");
        WaitUntil(() => Messages.Any(m => m.Topic == marker), timeout, "the probe's own flush marker comes back");
    }

    public void WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"timed out after {timeout.TotalSeconds:0} s waiting until {what}; last messages:\n"
                    + string.Join("\n", Messages.TakeLast(12).Select(m => $"  {m.Topic} {Short(m.Payload)}")));
            }

            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _keeper.Wait(TimeSpan.FromSeconds(5));
        _client.Dispose();
    }

    private async Task KeepConnectedAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            if (!_client.IsConnected)
            {
                _subscribed = false;
                try
                {
                    await _client.ConnectAsync(_options, _stop.Token);
                    await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("#", MqttQualityOfServiceLevel.AtLeastOnce).Build(),
                        _stop.Token);
                    _subscribed = true;
                }
                catch (Exception) when (!_stop.IsCancellationRequested)
                {
                    // the broker is away (a test killed it): try again
                }
            }

            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static string Short(string payload) => payload.Length > 160 ? payload[..160] + "..." : payload;
}

/// <summary>One message as the probe received it; <see cref="At"/> is a Stopwatch timestamp.</summary>
public sealed record Received(string Topic, string Payload, bool Retained, long At)
{
    public JsonElement Json => JsonDocument.Parse(Payload).RootElement;
}
