using FurnaceFw.Firmware.I2c;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Sim.I2c;

/// <summary>
/// An I2C bus with targets at 7-bit addresses. Transfers are serialized like a real bus. An address with no target
/// NAKs; <see cref="NakAll"/> and <see cref="NakData"/> inject NAKs at the address or at the first data byte.
/// </summary>
public sealed class SimulatedI2cBus
{
    private readonly object _bus = new();
    private readonly Dictionary<int, II2cTarget> _targets = new();

    /// <summary>Fault injection: every transfer is NAKed at the address byte.</summary>
    public bool NakAll { get; set; }

    /// <summary>Fault injection: the target acknowledges its address, then NAKs the first data byte.</summary>
    public bool NakData { get; set; }

    /// <summary>Transfers served, for diagnostics.</summary>
    public long Transfers { get; private set; }

    public void Attach(int address7, II2cTarget target)
    {
        lock (_bus)
        {
            _targets[address7] = target;
        }
    }

    /// <summary>Runs one transfer (<see cref="SimBusFrame"/> op). Returns a SimBusFrame status; fills <paramref name="read"/> on Ok.</summary>
    public byte Transfer(byte op, int address7, ReadOnlySpan<byte> write, Span<byte> read)
    {
        bool writes = op is SimBusFrame.OpWrite or SimBusFrame.OpWriteRead;
        bool reads = op is SimBusFrame.OpRead or SimBusFrame.OpWriteRead;
        if ((!writes && !reads) || (!writes && write.Length > 0) || (!reads && read.Length > 0))
        {
            return SimBusFrame.StatusBadRequest;
        }

        lock (_bus)
        {
            Transfers++;
            if (NakAll || !_targets.TryGetValue(address7, out II2cTarget? target))
            {
                return SimBusFrame.StatusNakAddress;
            }

            if (NakData)
            {
                return SimBusFrame.StatusNakData;
            }

            if (writes)
            {
                byte[] bytes = write.ToArray();
                target.OnWrite(bytes, bytes.Length);
            }

            if (reads)
            {
                target.OnReadStart();
                for (int i = 0; i < read.Length; i++)
                {
                    read[i] = target.ReadByte();
                }
            }

            return SimBusFrame.StatusOk;
        }
    }
}
