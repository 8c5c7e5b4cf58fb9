using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// The board's internal flash as the latch store sees it: a few small files that survive resets and power cuts
/// (they belong to the board, not to the firmware instance). Fault injection for the save protocol:
/// <list type="bullet">
/// <item><see cref="CutPowerAfterOperations"/>: the power fails after that many more file operations; a
/// <see cref="Create"/> caught by the cut leaves a torn prefix of its bytes, and nothing after it happens.
/// <see cref="PowerFailed"/> tells the board at that instant.</item>
/// <item><see cref="FailWrites"/>: every operation that changes the flash throws, as a worn or full flash does.</item>
/// <item><see cref="OperationMs"/>: every write (create, delete, rename: program and erase) takes this long; reads stay
/// fast. <see cref="Elapse"/> lets the board's time (and its watchdog) run meanwhile. When the board resets during a
/// write, the write is cut as by a power cut.</item>
/// </list>
/// Files live in fixed slots with preallocated buffers, so a save allocates nothing (the control cycle's
/// zero-allocation test runs through a trip).
/// </summary>
public sealed class SimulatedFlash : ILatchFiles
{
    private const int SlotCount = 8;
    private const int SlotCapacity = 256;
    private readonly Slot[] _slots = new Slot[SlotCount];
    private int _operationsLeft = -1;

    public SimulatedFlash()
    {
        for (int i = 0; i < SlotCount; i++)
        {
            _slots[i] = new Slot();
        }
    }

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

    /// <summary>True once a planned cut (or a reset during an operation) happened: until <see cref="RestorePower"/>, the
    /// flash ignores everything (the firmware instance that was writing is gone).</summary>
    public bool PowerLost { get; private set; }

    /// <summary>Raised at the instant a planned cut lands (inside the firmware's call).</summary>
    public event Action? PowerFailed;

    /// <summary>Every write, delete or rename throws (a worn or full flash). Reads still work.</summary>
    public bool FailWrites { get; set; }

    /// <summary>Virtual time each write takes, ms (0: instant). A worn flash programs and erases slowly.</summary>
    public int OperationMs { get; set; }

    /// <summary>Lets <paramref name="ms"/> of board time pass during an operation; returns false when the board reset or lost
    /// power meanwhile (the operation is then cut). Set by the board.</summary>
    public Func<int, bool>? Elapse { get; set; }

    /// <summary>File operations that completed (for tests that cut at every point).</summary>
    public int Operations { get; private set; }

    /// <summary>Creates that began writing bytes (whole or torn), so a checker can tell whether a save had started.</summary>
    public int CreatesBegun { get; private set; }

    /// <summary>Writes (create, delete, rename) refused because of <see cref="FailWrites"/>.</summary>
    public int RefusedWrites { get; private set; }

    public IReadOnlyCollection<string> Names
    {
        get
        {
            var names = new List<string>();
            foreach (Slot slot in _slots)
            {
                if (slot.Name != null)
                {
                    names.Add(slot.Name);
                }
            }

            return names;
        }
    }

    public byte[]? Contents(string name) => Find(name) is Slot slot ? slot.Data.AsSpan(0, slot.Length).ToArray() : null;

    /// <summary>The power came back: the board boots and the flash works again (its contents are what the cut left).</summary>
    public void RestorePower()
    {
        PowerLost = false;
        _operationsLeft = -1;
    }

    public bool Exists(string name) => Step(write: false) == Outcome.Completed && Find(name) != null;

    public int Read(string name, byte[] buffer)
    {
        if (Step(write: false) != Outcome.Completed || Find(name) is not Slot slot)
        {
            throw new IOException($"{name}: no such file");
        }

        int count = Math.Min(buffer.Length, slot.Length);
        Array.Copy(slot.Data, buffer, count);
        return count;
    }

    public void Create(string name, byte[] data, int count)
    {
        if (FailWrites)
        {
            RefusedWrites++;
            throw new IOException($"{name}: flash write failed");
        }

        if (Find(name) != null)
        {
            throw new IOException($"{name}: already exists");
        }

        if (count > SlotCapacity)
        {
            throw new IOException($"{name}: {count} bytes is more than the simulated flash keeps per file ({SlotCapacity})");
        }

        Outcome outcome = Step(write: true);
        if (outcome == Outcome.Dead)
        {
            return; // the power was already gone: nothing reaches the flash
        }

        Slot free = FreeSlot() ?? throw new IOException($"{name}: simulated flash full");
        CreatesBegun++;
        free.Name = name;

        // A cut inside this write leaves half the bytes.
        free.Length = outcome == Outcome.Completed ? count : count / 2;
        Array.Copy(data, free.Data, free.Length);
    }

    public void Delete(string name)
    {
        if (FailWrites)
        {
            RefusedWrites++;
            throw new IOException($"{name}: flash erase failed");
        }

        if (Step(write: true) == Outcome.Completed && Find(name) is Slot slot)
        {
            slot.Name = null;
            slot.Length = 0;
        }
    }

    public void Rename(string from, string to)
    {
        if (FailWrites)
        {
            RefusedWrites++;
            throw new IOException($"{from}: rename failed");
        }

        if (Step(write: true) != Outcome.Completed)
        {
            return;
        }

        if (Find(to) != null || Find(from) is not Slot slot)
        {
            throw new IOException($"cannot rename {from} to {to}");
        }

        slot.Name = to;
    }

    /// <summary>Counts one operation against a planned cut and lets a write's time pass.</summary>
    private Outcome Step(bool write)
    {
        if (PowerLost)
        {
            return Outcome.Dead;
        }

        if (_operationsLeft == 0)
        {
            PowerLost = true;
            PowerFailed?.Invoke();
            return Outcome.Cut;
        }

        if (write && OperationMs > 0 && Elapse != null && !Elapse(OperationMs))
        {
            PowerLost = true;
            return Outcome.Cut;
        }

        if (_operationsLeft > 0)
        {
            _operationsLeft--;
        }

        Operations++;
        return Outcome.Completed;
    }

    private Slot? Find(string name)
    {
        foreach (Slot slot in _slots)
        {
            if (slot.Name != null && string.Equals(slot.Name, name, StringComparison.Ordinal))
            {
                return slot;
            }
        }

        return null;
    }

    private Slot? FreeSlot()
    {
        foreach (Slot slot in _slots)
        {
            if (slot.Name == null)
            {
                return slot;
            }
        }

        return null;
    }

    private enum Outcome
    {
        /// <summary>The operation happened.</summary>
        Completed,

        /// <summary>The power failed (or the board reset) during this operation: a create is torn.</summary>
        Cut,

        /// <summary>The power was already gone: nothing happens.</summary>
        Dead,
    }

    private sealed class Slot
    {
        public readonly byte[] Data = new byte[SlotCapacity];
        public string? Name;
        public int Length;
    }
}
