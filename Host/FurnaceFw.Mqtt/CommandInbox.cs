using System.Security.Cryptography;
using System.Threading.Channels;

namespace FurnaceFw.Mqtt;

/// <summary>
/// Commands from the broker's thread to the bus thread. A message is parsed where it arrives: a bad payload, a retained
/// command or a full queue is answered on the result topic at once and never reaches the bus. Valid commands wait in a
/// bounded queue; <see cref="Arrived"/> wakes the bus thread.
/// </summary>
public sealed class CommandInbox
{
    private readonly TopicLayout _topics;
    private readonly Outbox _outbox;
    private readonly BridgeCounters _counters;
    private readonly int _capacity;
    private readonly Channel<BridgeCommand> _queue;
    private FurnaceReading? _latest;

    public CommandInbox(TopicLayout topics, Outbox outbox, BridgeCounters counters, int capacity)
    {
        _topics = topics;
        _outbox = outbox;
        _counters = counters;
        _capacity = capacity;
        _queue = Channel.CreateBounded<BridgeCommand>(capacity);
    }

    /// <summary>Set when a command is queued.</summary>
    public AutoResetEvent Arrived { get; } = new(false);

    /// <summary>The latest reading, for the live setpoint limits (written by the bus thread).</summary>
    public FurnaceReading? Latest
    {
        get => Volatile.Read(ref _latest);
        set => Volatile.Write(ref _latest, value);
    }

    /// <summary>Runs on the broker's thread for every message on ROOT/DEVICE/set/#.</summary>
    public void Receive(string topic, byte[] payload, bool retained)
    {
        string? name = _topics.CommandName(topic);
        if (name == null)
        {
            return;
        }

        _counters.Command();
        if (retained)
        {
            // A retained command would run again on every reconnect and restart: refuse it and say how to clear it.
            Refuse(name, "BadRequest", $"set/{name}: retained commands are refused (they would replay after every restart); clear it with an empty retained message");
            return;
        }

        if (!CommandParser.TryParse(name, payload, Latest, () => RandomNumberGenerator.GetInt32(1, 65536), out BridgeCommand? command, out string error))
        {
            Refuse(name, "BadRequest", error);
            return;
        }

        if (!_queue.Writer.TryWrite(command!))
        {
            Refuse(name, "Busy", $"{_capacity} commands are already waiting for the bus; not queued");
            return;
        }

        Arrived.Set();
    }

    public bool TryTake(out BridgeCommand? command) => _queue.Reader.TryRead(out command);

    /// <summary>
    /// While the controller does not answer, queued commands are answered "BusError" at once instead of waiting: a setpoint
    /// sent during an outage must not land minutes later when nobody expects it.
    /// </summary>
    public void RefuseQueued(string why)
    {
        while (_queue.Reader.TryRead(out BridgeCommand? command))
        {
            Refuse(command.Name, "BusError", $"not delivered: the controller is not answering ({why}); send it again later");
        }
    }

    private void Refuse(string name, string result, string message) => _outbox.PostResult(CommandReport.Render(name, false, result, message));
}
