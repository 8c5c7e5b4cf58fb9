namespace FurnaceFw.Mqtt;

/// <summary>One message the bridge publishes. An empty <see cref="Payload"/> with <see cref="Retain"/> deletes a retained message.</summary>
public sealed record MqttMessage(string Topic, string Payload, bool Retain);
