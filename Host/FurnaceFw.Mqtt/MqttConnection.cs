using System.Buffers;
using System.Security.Authentication;
using MQTTnet;
using MQTTnet.Protocol;

namespace FurnaceFw.Mqtt;

/// <summary>
/// The broker side of the bridge, on its own task: connects with a Last Will (availability "offline", retained),
/// subscribes to the command topics, and publishes whatever the <see cref="Outbox"/> holds. After a reconnect it
/// republishes every retained slot (a broker without persistence forgets them). Connection failures back off
/// exponentially with jitter up to a cap; only a refusal that retrying cannot fix (credentials, authorization,
/// certificate) ends it, reported through <see cref="Fatal"/>. Nothing here ever waits on the bus thread.
/// </summary>
public sealed class MqttConnection
{
    private readonly BrokerSettings _broker;
    private readonly TopicLayout _topics;
    private readonly Outbox _outbox;
    private readonly BridgeCounters _counters;
    private readonly Action<string, byte[], bool> _onCommand;
    private readonly Action<string> _log;
    private readonly Backoff _backoff;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _fatal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _draining;
    private volatile bool _drainReconnects;
    private volatile bool _connected;
    private Task? _loop;

    public MqttConnection(BrokerSettings broker, TopicLayout topics, Outbox outbox, BridgeCounters counters, TimeSpan maxReconnectDelay,
        Action<string, byte[], bool> onCommand, Action<string> log)
    {
        _broker = broker;
        _topics = topics;
        _outbox = outbox;
        _counters = counters;
        _onCommand = onCommand;
        _log = log;
        _backoff = new Backoff(TimeSpan.FromMilliseconds(500), maxReconnectDelay);
    }

    public bool IsConnected => _connected;

    /// <summary>Completes when the broker refused the bridge for good; <see cref="FatalError"/> says why.</summary>
    public Task Fatal => _fatal.Task;

    public BrokerRefusedException? FatalError { get; private set; }

    public void Start() => _loop = Task.Run(RunAsync);

    /// <summary>Publishes what is left in the outbox (the final availability and status), disconnects cleanly (no Last
    /// Will), and stops; gives up after <paramref name="timeout"/> (the Last Will then tells the truth anyway). A connection
    /// that drops during the drain is made again at once, without back-off, while the timeout lasts: a broker that was
    /// there a moment ago most likely still is, and the final "stopped" status is worth a second try.</summary>
    public void Stop(TimeSpan timeout)
    {
        _drainReconnects = _connected;
        _draining = true;
        if (!_drainReconnects)
        {
            _stop.Cancel(); // the broker was away already: the Last Will (or no connection at all) tells the truth
        }

        _outbox.Wake();
        if (_loop != null && !_loop.Wait(timeout))
        {
            _log("broker: could not publish the final state in time; the broker's Last Will marks the furnace offline");
        }

        _stop.Cancel();
        _loop?.Wait(TimeSpan.FromSeconds(2));
    }

    private async Task RunAsync()
    {
        CancellationToken stop = _stop.Token;
        var factory = new MqttClientFactory();
        while (!stop.IsCancellationRequested)
        {
            using IMqttClient client = factory.CreateMqttClient();
            client.ApplicationMessageReceivedAsync += e =>
            {
                _onCommand(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray(), e.ApplicationMessage.Retain);
                return Task.CompletedTask;
            };
            try
            {
                MqttClientConnectResult connect = await client.ConnectAsync(BrokerClientOptions.Create(_broker, _topics, withWill: true), stop);
                if (connect.ResultCode != MqttClientConnectResultCode.Success)
                {
                    if (IsPermanent(connect.ResultCode))
                    {
                        Refuse($"the broker {_broker.Endpoint} refused the connection: {connect.ResultCode} (check the credentials and the broker's ACL)", null);
                        return;
                    }

                    throw new IOException($"the broker answered {connect.ResultCode}");
                }

                _counters.BrokerConnected();
                _backoff.Reset();
                _log($"broker: connected to {_broker.Endpoint} as {_topics.ClientId}");
                await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
                    .WithTopicFilter(f => f.WithTopic(_topics.CommandFilter).WithAtLeastOnceQoS()).Build(), stop);
                _connected = true;
                if (await PumpAsync(client, stop))
                {
                    await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder()
                        .WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), CancellationToken.None);
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e.GetBaseException() is AuthenticationException auth)
            {
                Refuse($"TLS to {_broker.Endpoint} failed: {auth.Message} (check --ca-file and the broker's certificate name)", e);
                return;
            }
            catch (Exception e)
            {
                _log($"broker: {(_connected ? "lost" : "cannot reach")} {_broker.Endpoint}: {e.GetBaseException().Message} (retrying)");
            }
            finally
            {
                _connected = false;
            }

            if (_draining && !_drainReconnects)
            {
                return; // stopping while the broker is away: the Last Will already says offline
            }

            try
            {
                // Draining: retry at once (Stop's timeout bounds it); a short pause keeps a refusing broker from a busy loop.
                await Task.Delay(_draining ? TimeSpan.FromMilliseconds(100) : _backoff.Next(), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Publishes until the connection drops (returns false) or a drain finished (returns true).</summary>
    private async Task<bool> PumpAsync(IMqttClient client, CancellationToken stop)
    {
        OutboxBatch sent = OutboxBatch.Empty;
        bool republish = true;
        while (client.IsConnected)
        {
            // Read the flag before taking: the daemon posts its final availability and status before it asks for the
            // drain, so a batch taken after seeing the flag holds them; one taken before may not.
            bool finalBatch = _draining;
            OutboxBatch batch = _outbox.Take(republish, sent);
            IReadOnlyList<string> results = batch.Results;
            try
            {
                if (batch.Discovery != null)
                {
                    foreach (MqttMessage message in batch.Discovery)
                    {
                        await PublishAsync(client, message.Topic, message.Payload, message.Retain, stop);
                    }
                }

                if (batch.BridgeStatus != null)
                {
                    await PublishAsync(client, _topics.Bridge, batch.BridgeStatus, true, stop);
                }

                if (batch.State != null)
                {
                    await PublishAsync(client, _topics.State, batch.State, true, stop);
                }

                if (batch.Availability != null)
                {
                    await PublishAsync(client, _topics.Availability, batch.Availability, true, stop);
                }

                for (int i = 0; i < results.Count; i++)
                {
                    await PublishAsync(client, _topics.Result, results[i], false, stop);
                }
            }
            catch
            {
                _outbox.Requeue(results);
                throw;
            }

            sent = new OutboxBatch(batch.Discovery ?? sent.Discovery, batch.Availability ?? sent.Availability,
                batch.BridgeStatus ?? sent.BridgeStatus, batch.State ?? sent.State, Array.Empty<string>());
            republish = false;
            if (finalBatch)
            {
                return true;
            }

            await _outbox.WaitAsync(TimeSpan.FromSeconds(1), stop);
        }

        return false;
    }

    private Task PublishAsync(IMqttClient client, string topic, string payload, bool retain, CancellationToken stop) =>
        client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithRetainFlag(retain)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(), stop);

    private void Refuse(string message, Exception? e)
    {
        FatalError = new BrokerRefusedException(message, e);
        _fatal.TrySetResult();
    }

    private static bool IsPermanent(MqttClientConnectResultCode code) => code is MqttClientConnectResultCode.BadUserNameOrPassword
        or MqttClientConnectResultCode.NotAuthorized or MqttClientConnectResultCode.Banned or MqttClientConnectResultCode.ClientIdentifierNotValid
        or MqttClientConnectResultCode.BadAuthenticationMethod or MqttClientConnectResultCode.UnsupportedProtocolVersion;
}
