namespace FurnaceFw.Host.Transport;

/// <summary>
/// Bounded retries and a hard per-operation timeout around any transport. A transfer that does not return in time is
/// abandoned (its thread is left to the kernel's own adapter timeout) and reported as <see cref="BusFault.Timeout"/>,
/// so no caller ever hangs on a wedged bus.
/// </summary>
public sealed class RetryingTransport : II2cTransport
{
    private readonly II2cTransport _inner;
    private readonly int _attempts;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _retryDelay;

    public RetryingTransport(II2cTransport inner, int attempts, TimeSpan timeout, TimeSpan retryDelay)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _attempts = attempts < 1 ? 1 : attempts;
        _timeout = timeout;
        _retryDelay = retryDelay;
    }

    public string Description => _inner.Description;

    /// <summary>Transfers that failed and were tried again (for diagnostics).</summary>
    public int Retries { get; private set; }

    public void Write(ReadOnlySpan<byte> data)
    {
        byte[] copy = data.ToArray();
        Run(() => _inner.Write(copy), "write");
    }

    public void Read(Span<byte> buffer)
    {
        var temp = new byte[buffer.Length];
        Run(() => _inner.Read(temp), "read");
        temp.CopyTo(buffer);
    }

    public void WriteRead(ReadOnlySpan<byte> write, Span<byte> read)
    {
        byte[] copy = write.ToArray();
        var temp = new byte[read.Length];
        Run(() => _inner.WriteRead(copy, temp), "write-read");
        temp.CopyTo(read);
    }

    public void Dispose() => _inner.Dispose();

    private void Run(Action operation, string what)
    {
        BusException? last = null;
        for (int attempt = 1; attempt <= _attempts; attempt++)
        {
            if (attempt > 1)
            {
                Retries++;
                Thread.Sleep(_retryDelay);
            }

            try
            {
                RunWithTimeout(operation, what);
                return;
            }
            catch (BusException e)
            {
                last = e;
            }
        }

        throw new BusException(last!.Fault, $"{what} on {Description} failed {_attempts} times: {last.Message}", last);
    }

    private void RunWithTimeout(Action operation, string what)
    {
        Task task = Task.Run(operation);
        try
        {
            if (!task.Wait(_timeout))
            {
                throw new BusException(BusFault.Timeout, $"{what} did not complete within {_timeout.TotalMilliseconds:0} ms");
            }
        }
        catch (AggregateException e) when (e.InnerException is BusException bus)
        {
            throw bus;
        }
        catch (AggregateException e) when (e.InnerException is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new BusException(BusFault.IoError, e.InnerException.Message, e.InnerException);
        }
    }
}
