namespace FurnaceFw.Mqtt;

/// <summary>
/// The element's duty over a sliding window, computed by the bridge from its polls (the controller has no duty
/// register): each poll's relay state counts until the next poll, at most two poll periods (a gap in polling is not
/// counted as on or off). Resolution is one poll period. Reset when the controller reboots.
/// </summary>
public sealed class ElementDutyMeter
{
    private readonly Queue<(long AtMs, bool On)> _samples = new();
    private readonly long _windowMs;
    private readonly long _maxGapMs;

    public ElementDutyMeter(TimeSpan window, TimeSpan pollInterval)
    {
        _windowMs = (long)window.TotalMilliseconds;
        _maxGapMs = Math.Max(1, (long)pollInterval.TotalMilliseconds * 2);
    }

    public void Add(long nowMs, bool on)
    {
        _samples.Enqueue((nowMs, on));
        while (_samples.Count > 0 && _samples.Peek().AtMs < nowMs - _windowMs)
        {
            _samples.Dequeue();
        }
    }

    public void Reset() => _samples.Clear();

    /// <summary>Percent of the covered time the element was on, or null before two polls have been seen.</summary>
    public double? Percent
    {
        get
        {
            long covered = 0;
            long on = 0;
            (long AtMs, bool On)? previous = null;
            foreach (var sample in _samples)
            {
                if (previous is { } p)
                {
                    long span = Math.Min(sample.AtMs - p.AtMs, _maxGapMs);
                    covered += span;
                    on += p.On ? span : 0;
                }

                previous = sample;
            }

            return covered == 0 ? null : Math.Round(100.0 * on / covered, 1);
        }
    }
}
