namespace FurnaceFw.Sim.Scenarios;

/// <summary><c>expect at T condition</c>: checked once, at the end of the first control cycle at or after T.</summary>
public sealed class AtExpectation : Expectation
{
    private readonly long _atMs;
    private readonly Condition _condition;
    private ExpectationOutcome? _outcome;

    public AtExpectation(int line, string text, long atMs, Condition condition)
        : base(line, text)
    {
        _atMs = atMs;
        _condition = condition;
    }

    public override void Reset() => _outcome = null;

    public override void Observe(Observation o)
    {
        if (_outcome == null && o.NowMs >= _atMs)
        {
            _outcome = Outcome(_condition.Holds(o), ScenarioTime.Format(o.NowMs), _condition.Observed(o));
        }
    }

    public override ExpectationOutcome Finish(long endMs) =>
        _outcome ?? Outcome(false, ScenarioTime.Format(_atMs), "never checked: the run ended at " + ScenarioTime.Format(endMs));
}

/// <summary><c>expect from T1 to T2 condition</c>: must hold at the end of every control cycle in [T1, T2].</summary>
public sealed class DuringExpectation : Expectation
{
    private readonly long _fromMs;
    private readonly long _toMs;
    private readonly Condition _condition;
    private ExpectationOutcome? _violation;
    private int _checks;
    private double _min = double.MaxValue;
    private double _max = double.MinValue;

    public DuringExpectation(int line, string text, long fromMs, long toMs, Condition condition)
        : base(line, text)
    {
        _fromMs = fromMs;
        _toMs = toMs;
        _condition = condition;
    }

    public override void Reset()
    {
        _violation = null;
        _checks = 0;
        _min = double.MaxValue;
        _max = double.MinValue;
    }

    public override void Observe(Observation o)
    {
        if (_violation != null || o.NowMs < _fromMs || o.NowMs > _toMs)
        {
            return;
        }

        _checks++;
        if (_condition.Value != null)
        {
            double value = _condition.Value(o);
            _min = Math.Min(_min, value);
            _max = Math.Max(_max, value);
        }

        if (!_condition.Holds(o))
        {
            _violation = Outcome(false, ScenarioTime.Format(o.NowMs), _condition.Observed(o));
        }
    }

    public override ExpectationOutcome Finish(long endMs)
    {
        string span = ScenarioTime.Format(_fromMs) + ".." + ScenarioTime.Format(_toMs);
        if (_violation != null)
        {
            return _violation;
        }

        if (_checks == 0)
        {
            return Outcome(false, span, "never checked: the run ended at " + ScenarioTime.Format(endMs));
        }

        string range = _condition.Value == null ? string.Empty : $" (min {_min:0.00}, max {_max:0.00})";
        return Outcome(true, span, $"held in all {_checks} cycles{range}");
    }
}

/// <summary>
/// <c>expect trip KIND between T1 and T2</c>: the fault first latches inside the window (not before it).
/// <c>expect no trip [between T1 and T2]</c>: no fault latches in the window.
/// </summary>
public sealed class TripExpectation : Expectation
{
    private readonly int _faultMask;
    private readonly long _fromMs;
    private readonly long _toMs;
    private readonly bool _expectTrip;
    private long _firstTripMs = -1;
    private int _firstTripFaults;

    /// <param name="faultMask">The fault bits that count; all latched bits for "no trip".</param>
    public TripExpectation(int line, string text, int faultMask, long fromMs, long toMs, bool expectTrip)
        : base(line, text)
    {
        _faultMask = faultMask;
        _fromMs = fromMs;
        _toMs = toMs;
        _expectTrip = expectTrip;
    }

    public override void Reset()
    {
        _firstTripMs = -1;
        _firstTripFaults = 0;
    }

    public override void Observe(Observation o)
    {
        int relevant = o.NewTrips & _faultMask;
        if (_firstTripMs >= 0 || relevant == 0)
        {
            return;
        }

        // "no trip" only looks inside its window; "trip" must not happen before its window either.
        if (!_expectTrip && (o.NowMs < _fromMs || o.NowMs > _toMs))
        {
            return;
        }

        _firstTripMs = o.NowMs;
        _firstTripFaults = relevant;
    }

    public override ExpectationOutcome Finish(long endMs)
    {
        string span = ScenarioTime.Format(_fromMs) + ".." + ScenarioTime.Format(Math.Min(_toMs, endMs));
        if (_firstTripMs < 0)
        {
            return Outcome(!_expectTrip, span, "no trip");
        }

        string observed = $"{FaultNames.Describe(_firstTripFaults)} tripped at {ScenarioTime.Format(_firstTripMs)}";
        bool inWindow = _firstTripMs >= _fromMs && _firstTripMs <= _toMs;
        return Outcome(_expectTrip && inWindow, ScenarioTime.Format(_firstTripMs), observed);
    }
}
