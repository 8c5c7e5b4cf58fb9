using MQTTnet;
using MQTTnet.Protocol;

namespace FurnaceFw.Mqtt;

/// <summary>MQTTnet client options from <see cref="BrokerSettings"/>: client id from the furnace's id, clean session, the
/// Last Will on the availability topic, credentials, and TLS validated against the system store or the given CA file.</summary>
public static class BrokerClientOptions
{
    public static MqttClientOptions Create(BrokerSettings broker, TopicLayout topics, bool withWill, string? clientIdSuffix = null)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Endpoint.Host, broker.Endpoint.Port)
            .WithClientId(topics.ClientId + clientIdSuffix)
            .WithCleanSession(true)
            .WithKeepAlivePeriod(broker.KeepAlive)
            .WithTimeout(broker.Timeout);
        if (withWill)
        {
            options.WithWillTopic(topics.Availability)
                .WithWillPayload("offline")
                .WithWillRetain(true)
                .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        }

        if (broker.Credentials is { } credentials)
        {
            options.WithCredentials(credentials.Username, credentials.Password);
        }

        if (broker.Endpoint.UseTls)
        {
            var ca = broker.LoadCa();
            options.WithTlsOptions(tls =>
            {
                tls.UseTls().WithTargetHost(broker.Endpoint.Host);
                if (ca != null)
                {
                    tls.WithTrustChain(ca);
                }
            });
        }

        return options.Build();
    }
}
