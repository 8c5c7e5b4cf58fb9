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
/// <c>expect trip KIND between T1 and T2</c>: the fault latches (is newly set) inside the window. A fault
/// already latched at T1 cannot latch again, so a trip before the window fails it unless the latch was reset.
/// <c>expect no trip [between T1 and T2]</c>: no fault latches in the window.
/// </summary>
public sealed class TripExpectation : Expectation
{
    private readonly int _faultMask;
    private readonly long _fromMs;
    private readonly long _toMs;
    private readonly bool _expectTrip;
    private long _inWindowMs;
    private int _inWindowFaults;
    private long _outsideMs;
    private int _outsideFaults;

    /// <param name="faultMask">The fault bits that count; all latched bits for "no trip".</param>
    public TripExpectation(int line, string text, int faultMask, long fromMs, long toMs, bool expectTrip)
        : base(line, text)
    {
        _faultMask = faultMask;
        _fromMs = fromMs;
        _toMs = toMs;
        _expectTrip = expectTrip;
        Reset();
    }

    public override void Reset()
    {
        _inWindowMs = -1;
        _inWindowFaults = 0;
        _outsideMs = -1;
        _outsideFaults = 0;
    }

    public override void Observe(Observation o)
    {
        int relevant = o.NewTrips & _faultMask;
        if (relevant == 0)
        {
            return;
        }

        if (o.NowMs >= _fromMs && o.NowMs <= _toMs)
        {
            if (_inWindowMs < 0)
            {
                _inWindowMs = o.NowMs;
                _inWindowFaults = relevant;
            }
        }
        else if (_outsideMs < 0)
        {
            _outsideMs = o.NowMs;
            _outsideFaults = relevant;
        }
    }

    public override ExpectationOutcome Finish(long endMs)
    {
        string span = ScenarioTime.Format(_fromMs) + ".." + ScenarioTime.Format(Math.Min(_toMs, endMs));
        if (_inWindowMs >= 0)
        {
            return Outcome(_expectTrip, ScenarioTime.Format(_inWindowMs),
                $"{FaultNames.Describe(_inWindowFaults)} tripped at {ScenarioTime.Format(_inWindowMs)}");
        }

        string outside = _outsideMs < 0
            ? string.Empty
            : $" (outside it: {FaultNames.Describe(_outsideFaults)} tripped at {ScenarioTime.Format(_outsideMs)})";
        return Outcome(!_expectTrip, span, "no trip in the window" + outside);
    }
}

/// <summary>
/// <c>expect from T1 to T2 duty below P%</c> (or <c>above</c>): the share of control cycles in the window with
/// the element relay energized, e.g. that banking keeps embers at a low duty instead of heating.
/// </summary>
public sealed class DutyExpectation : Expectation
{
    private readonly long _fromMs;
    private readonly long _toMs;
    private readonly double _percent;
    private readonly bool _below;
    private int _cycles;
    private int _onCycles;

    public DutyExpectation(int line, string text, long fromMs, long toMs, double percent, bool below)
        : base(line, text)
    {
        _fromMs = fromMs;
        _toMs = toMs;
        _percent = percent;
        _below = below;
    }

    public override void Reset()
    {
        _cycles = 0;
        _onCycles = 0;
    }

    public override void Observe(Observation o)
    {
        if (o.NowMs >= _fromMs && o.NowMs <= _toMs)
        {
            _cycles++;
            if (o.Board.ElementRelayEnergized)
            {
                _onCycles++;
            }
        }
    }

    public override ExpectationOutcome Finish(long endMs)
    {
        string span = ScenarioTime.Format(_fromMs) + ".." + ScenarioTime.Format(_toMs);
        if (_cycles == 0)
        {
            return Outcome(false, span, "never checked: the run ended at " + ScenarioTime.Format(endMs));
        }

        double duty = 100.0 * _onCycles / _cycles;
        bool passed = _below ? duty < _percent : duty > _percent;
        return Outcome(passed, span, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"element on {duty:0.0} % of {_cycles} cycles"));
    }
}
