namespace FurnaceFw.Mqtt;

/// <summary>What went wrong and was survived: shown in the state document so a fleet dashboard sees a flaky bus or broker.</summary>
public sealed class BridgeCounters
{
    private int _busErrors;
    private int _polls;
    private int _brokerConnects;
    private int _droppedResults;
    private int _commands;

    /// <summary>Bus transfers that failed after the transport's own retries (each one retried by the bridge, never fatal).</summary>
    public int BusErrors => Volatile.Read(ref _busErrors);

    public int Polls => Volatile.Read(ref _polls);

    /// <summary>Successful broker connections (the first one plus every reconnect).</summary>
    public int BrokerConnects => Volatile.Read(ref _brokerConnects);

    /// <summary>Command results dropped because the broker was away longer than the result queue could hold.</summary>
    public int DroppedResults => Volatile.Read(ref _droppedResults);

    public int Commands => Volatile.Read(ref _commands);

    public void BusError() => Interlocked.Increment(ref _busErrors);

    public void Poll() => Interlocked.Increment(ref _polls);

    public void BrokerConnected() => Interlocked.Increment(ref _brokerConnects);

    public void ResultDropped() => Interlocked.Increment(ref _droppedResults);

    public void Command() => Interlocked.Increment(ref _commands);
}
