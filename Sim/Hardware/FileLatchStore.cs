using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// Persists the safety latch to a small text file, as the device persists it to flash: "faults reason".
/// A file that exists but cannot be parsed reads as latched (fail safe), never as clear.
/// </summary>
public sealed class FileLatchStore : ILatchStore
{
    private readonly string _path;

    public FileLatchStore(string path)
    {
        _path = path;
    }

    public int Load(out ReasonCode reason)
    {
        reason = ReasonCode.None;
        if (!File.Exists(_path))
        {
            return 0;
        }

        string[] parts = File.ReadAllText(_path).Trim().Split(' ');
        if (parts.Length == 2 && int.TryParse(parts[0], out int faults) && byte.TryParse(parts[1], out byte code)
            && (faults & ~FaultFlags.LatchedMask) == 0)
        {
            reason = (ReasonCode)code;
            return faults;
        }

        throw new InvalidDataException($"{_path}: latch file is corrupt; treating the furnace as tripped");
    }

    public void Save(int latchedFaults, ReasonCode reason)
    {
        string temp = _path + ".tmp";
        File.WriteAllText(temp, $"{latchedFaults} {(byte)reason}");
        File.Move(temp, _path, overwrite: true);
    }
}
