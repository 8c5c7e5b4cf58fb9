namespace FurnaceFw.Mqtt;

/// <summary>Exponential back-off with jitter: first, doubling, capped; reset after a success. Jitter keeps a fleet that lost
/// its broker at once from reconnecting at once.</summary>
public sealed class Backoff
{
    private readonly TimeSpan _first;
    private readonly TimeSpan _max;
    private readonly Random _random;
    private TimeSpan _next;

    public Backoff(TimeSpan first, TimeSpan max, Random? random = null)
    {
        _first = first;
        _max = max < first ? first : max;
        _random = random ?? Random.Shared;
        _next = first;
    }

    /// <summary>The delay to wait now: the current step with up to 25 % taken off at random; the next step doubles.</summary>
    public TimeSpan Next()
    {
        TimeSpan current = _next;
        _next = TimeSpan.FromTicks(Math.Min(_max.Ticks, current.Ticks * 2));
        return TimeSpan.FromTicks(current.Ticks - (long)(current.Ticks * 0.25 * _random.NextDouble()));
    }

    public void Reset() => _next = _first;
}
