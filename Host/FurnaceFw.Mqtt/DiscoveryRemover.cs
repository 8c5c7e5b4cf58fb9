using System.Security.Authentication;
using FurnaceFw.Host;
using MQTTnet;
using MQTTnet.Protocol;

namespace FurnaceFw.Mqtt;

/// <summary>
/// `furnacectl mqtt --forget`: publishes an empty retained payload to every discovery topic and to the bridge's own
/// retained topics, so Home Assistant removes the device and the broker keeps nothing of it. Needs no controller.
/// Run it after stopping the daemon (a running daemon would announce the device again).
/// </summary>
public static class DiscoveryRemover
{
    public static int Run(BrokerSettings broker, TopicLayout topics, Action<string> log)
    {
        var messages = new DiscoveryBuilder(topics).Forget();
        using IMqttClient client = new MqttClientFactory().CreateMqttClient();
        try
        {
            MqttClientConnectResult result = client.ConnectAsync(BrokerClientOptions.Create(broker, topics, withWill: false, "-forget")).GetAwaiter().GetResult();
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                log($"the broker {broker.Endpoint} refused the connection: {result.ResultCode}");
                return (int)ExitCode.BrokerRefused;
            }

            foreach (MqttMessage message in messages)
            {
                client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(message.Topic).WithPayload(message.Payload)
                    .WithRetainFlag(true).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build()).GetAwaiter().GetResult();
            }

            client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build()).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e.GetBaseException() is AuthenticationException auth)
        {
            log($"TLS to {broker.Endpoint} failed: {auth.Message}");
            return (int)ExitCode.BrokerRefused;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log($"cannot reach the broker {broker.Endpoint}: {e.GetBaseException().Message}");
            return (int)ExitCode.BrokerUnreachable;
        }

        log($"removed {messages.Count - 3} discovery configs and the retained state of '{topics.DeviceId}' from {broker.Endpoint}");
        return 0;
    }
}
