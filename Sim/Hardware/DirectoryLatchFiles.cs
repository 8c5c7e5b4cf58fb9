using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// The live virtual board's flash: the latch files in a real directory, so the firmware's own save protocol and record
/// format (<see cref="FurnaceFw.Firmware.Persistence.LatchFileStore"/>) run unchanged and a latch survives a restart of
/// the simulator, as it survives a power cut on the board.
/// </summary>
public sealed class DirectoryLatchFiles : ILatchFiles
{
    private readonly string _directory;

    public DirectoryLatchFiles(string directory)
    {
        _directory = directory;
    }

    public bool Exists(string name) => File.Exists(PathOf(name));

    public int Read(string name, byte[] buffer)
    {
        using FileStream stream = File.OpenRead(PathOf(name));
        int count = 0;
        int read;
        while (count < buffer.Length && (read = stream.Read(buffer, count, buffer.Length - count)) > 0)
        {
            count += read;
        }

        return count;
    }

    public void Create(string name, byte[] data, int count)
    {
        using var stream = new FileStream(PathOf(name), FileMode.CreateNew, FileAccess.Write);
        stream.Write(data, 0, count);
        stream.Flush(flushToDisk: true);
    }

    public void Delete(string name) => File.Delete(PathOf(name));

    public void Rename(string from, string to) => File.Move(PathOf(from), PathOf(to), overwrite: false);

    private string PathOf(string name) => Path.Combine(_directory, name);
}
