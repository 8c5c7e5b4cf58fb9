using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// The board's internal flash as the latch store sees it: a few small files that survive resets and power cuts
/// (they belong to the board, not to the firmware instance). Fault injection for the save protocol:
/// <list type="bullet">
/// <item><see cref="CutPowerAfterOperations"/>: the power fails after that many more file operations; a
/// <see cref="Create"/> caught by the cut leaves a torn prefix of its bytes, and nothing after it happens.</item>
/// <item><see cref="FailWrites"/>: every operation that changes the flash throws, as a worn or full flash does.</item>
/// </list>
/// </summary>
public sealed class SimulatedFlash : ILatchFiles
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private int _operationsLeft = -1;

    /// <summary>-1: no cut planned. Otherwise the number of file operations that still complete before the power fails.</summary>
    public int CutPowerAfterOperations
    {
        get => _operationsLeft;
        set
        {
            _operationsLeft = value;
            PowerLost = false;
        }
    }

    /// <summary>True once a planned cut happened: the board must power-cycle; until then the flash ignores everything.</summary>
    public bool PowerLost { get; private set; }

    /// <summary>Every write, delete or rename throws (a worn or full flash). Reads still work.</summary>
    public bool FailWrites { get; set; }

    /// <summary>File operations that completed (for tests that cut at every point).</summary>
    public int Operations { get; private set; }

    public IReadOnlyCollection<string> Names => _files.Keys;

    public byte[]? Contents(string name) => _files.TryGetValue(name, out byte[]? data) ? (byte[])data.Clone() : null;

    /// <summary>The power came back: the board boots and the flash works again (its contents are what the cut left).</summary>
    public void RestorePower()
    {
        PowerLost = false;
        _operationsLeft = -1;
    }

    public bool Exists(string name) => Step() && _files.ContainsKey(name);

    public int Read(string name, byte[] buffer)
    {
        if (!Step() || !_files.TryGetValue(name, out byte[]? data))
        {
            throw new IOException($"{name}: no such file");
        }

        int count = Math.Min(buffer.Length, data.Length);
        Array.Copy(data, buffer, count);
        return count;
    }

    public void Create(string name, byte[] data, int count)
    {
        if (FailWrites)
        {
            throw new IOException($"{name}: flash write failed");
        }

        if (_files.ContainsKey(name))
        {
            throw new IOException($"{name}: already exists");
        }

        if (!Step())
        {
            // The cut landed inside this write: half the bytes reached the flash.
            _files[name] = data.AsSpan(0, count / 2).ToArray();
            return;
        }

        _files[name] = data.AsSpan(0, count).ToArray();
    }

    public void Delete(string name)
    {
        if (FailWrites)
        {
            throw new IOException($"{name}: flash erase failed");
        }

        if (Step())
        {
            _files.Remove(name);
        }
    }

    public void Rename(string from, string to)
    {
        if (FailWrites)
        {
            throw new IOException($"{from}: rename failed");
        }

        if (!Step())
        {
            return;
        }

        if (_files.ContainsKey(to) || !_files.Remove(from, out byte[]? data))
        {
            throw new IOException($"cannot rename {from} to {to}");
        }

        _files[to] = data;
    }

    /// <summary>Counts one operation against a planned cut. False when the power is (or just went) off.</summary>
    private bool Step()
    {
        if (PowerLost)
        {
            return false;
        }

        if (_operationsLeft == 0)
        {
            PowerLost = true;
            return false;
        }

        if (_operationsLeft > 0)
        {
            _operationsLeft--;
        }

        Operations++;
        return true;
    }
}
