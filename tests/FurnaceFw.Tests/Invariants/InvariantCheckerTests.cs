using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Invariants;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Invariants;

/// <summary>
/// Each campaign invariant fires on a hand-made trace that breaks it and stays quiet on a healthy one, so a checker
/// that stops checking fails CI instead of reporting "0 violations" forever.
/// </summary>
[TestClass]
public sealed class InvariantCheckerTests
{
    private const int Period = 250;

    private static readonly InvariantLimits Limits = new()
    {
        HighLimitC = 450,
        WatchPeriodMs = 180_000,
        WatchIncreaseC = 2,
        MinOffMs = 30_000,
        ControlPeriodMs = Period,
        DutyPercent = 20,
        DutyWindowMs = 600_000,
    };

    /// <summary>A healthy heating cycle: truthful sensor, element on, temperature rising 0.05 °C per step.</summary>
    private static CycleFacts Step(long nowMs, double trueC, bool element = false, FurnaceState state = FurnaceState.Heating, int latched = 0)
    {
        var f = new CycleFacts
        {
            NowMs = nowMs,
            StepMs = Period,
            Powered = true,
            CycleRan = true,
            TrueProbeC = trueC,
            ElementCoil = element,
            CutoffCoil = element || state is FurnaceState.Heating or FurnaceState.Banking,
            ElementPoweredMs = element ? Period : 0,
            State = state,
            LatchedFaults = latched,
            Mode = state is FurnaceState.Heating ? ControlMode.Heat : ControlMode.Off,
            FreshFrame = true,
            FrameValid = true,
            FrameC = trueC,
        };
        return f;
    }

    private static Invariant Run(string id, IEnumerable<CycleFacts> trace)
    {
        Invariant invariant = InvariantSet.Create(id, Limits);
        foreach (CycleFacts f in trace)
        {
            invariant.Observe(f);
        }

        return invariant;
    }

    private static IEnumerable<CycleFacts> Steps(long fromMs, long toMs, Func<long, CycleFacts> make)
    {
        for (long t = fromMs; t < toMs; t += Period)
        {
            yield return make(t);
        }
    }

    private static void AssertFires(Invariant invariant, string category)
    {
        Assert.IsNotNull(invariant.First, $"{invariant.Id} did not fire on a trace that breaks it");
        StringAssert.Contains(invariant.First.Category, category, $"{invariant.Id} fired for another reason: {invariant.First.Explanation}");
    }

    private static void AssertQuiet(Invariant invariant) =>
        Assert.IsNull(invariant.First, $"{invariant.Id} fired on a healthy trace: {invariant.First?.Explanation}");

    private static CycleFacts HeatCommand(CycleFacts f)
    {
        f.HeatPosted = true;
        f.Mode = ControlMode.Heat;
        return f;
    }

    [TestMethod]
    public void I1_OverLimitWithTruthfulSensorAndNoLatch_Fires()
    {
        Invariant i1 = Run("I1", Steps(0, 60_000, t => Step(t, 440 + t / 1000.0)));

        AssertFires(i1, "truthful sensor");
        Assert.IsTrue(i1.First!.AtMs > 30_000, "fires only past limit + margin (470 °C), reached after 30 s");
    }

    [TestMethod]
    public void I1_OverLimitWithATripLatched_IsQuiet()
    {
        AssertQuiet(Run("I1", Steps(0, 60_000, t => Step(t, 440 + t / 1000.0, state: FurnaceState.Tripped, latched: FaultFlags.OverTemperature))));
    }

    [TestMethod]
    public void I1_LyingSensorAndElementOffWhileAFireOverheats_IsExcused()
    {
        AssertQuiet(Run("I1", Steps(0, 60_000, t =>
        {
            CycleFacts f = Step(t, 440 + t / 1000.0);
            f.FrameLying = true;
            f.FrameC = 150;
            return f;
        })));
    }

    [TestMethod]
    public void I1_LyingSensorWhileTheElementRanPastTheHeatingBound_Fires()
    {
        Invariant i1 = Run("I1", Steps(0, 400_000, t =>
        {
            CycleFacts f = Step(t, 300 + t / 2000.0, element: true);
            f.FrameLying = true;
            f.FrameC = 176;

            // One bad frame now and then must not wipe what the element did while the probe lied.
            f.FrameValid = t % 115_000 != 0;
            return f;
        }));

        AssertFires(i1, "lying sensor");
    }

    [TestMethod]
    public void I2_ElementEnergizedWithTheCutoffOpen_Fires()
    {
        Invariant i2 = Run("I2", new[] { Step(0, 100, element: true), With(Step(Period, 100, element: true), f => f.CutoffCoil = false) });

        AssertFires(i2, "cutoff open");
    }

    [TestMethod]
    [DataRow(FurnaceState.Tripped)]
    [DataRow(FurnaceState.ConfigFault)]
    [DataRow(FurnaceState.BootLoop)]
    public void I2_RelayEnergizedInASafeState_Fires(FurnaceState state)
    {
        Invariant i2 = Run("I2", new[] { With(Step(0, 100, state: state), f => f.CutoffCoil = true) });

        AssertFires(i2, "energized in");
    }

    [TestMethod]
    public void I2_EnergizingLevelWhileBooting_Fires()
    {
        Invariant i2 = Run("I2", new[] { With(Step(0, 20, state: FurnaceState.Idle), f => f.Events.Add(new BoardEvent(BoardEventKind.BootGlitch, 0, 0, false, "element"))) });

        AssertFires(i2, "during boot");
    }

    [TestMethod]
    public void I2_HeatingAndTrippedSafely_IsQuiet()
    {
        var trace = Steps(0, 10_000, t => Step(t, 100, element: true))
            .Concat(Steps(10_000, 20_000, t => With(Step(t, 100, state: FurnaceState.Tripped, latched: 1), f => f.CutoffCoil = false)));

        AssertQuiet(Run("I2", trace));
    }

    [TestMethod]
    public void I3_ElementOnWithoutRiseAcrossIntermittentBadFramesAndOffPeriods_Fires()
    {
        // On 100 s, off 10 s, forever, at a flat 340 °C (a welded relay at equilibrium, a dead element): the off periods and
        // the bad frames must not restart the count.
        Invariant i3 = Run("I3", Steps(0, 600_000, t =>
        {
            bool on = t % 110_000 < 100_000;
            CycleFacts f = Step(t, 340, element: on);
            f.FrameValid = t % 30_000 != 0;
            return f;
        }));

        AssertFires(i3, "without heating");
        Assert.IsTrue(i3.First!.AtMs > Limits.HeatingEvidenceBoundMs, "not before 240 s of element time");
        Assert.IsTrue(i3.First!.AtMs < 300_000, $"the on-time adds up across off periods (fired at {i3.First.AtMs} ms)");
    }

    [TestMethod]
    public void I3_ThermostatHoldingANarrowBandByShortBursts_IsQuiet()
    {
        // Bursts of 30 s raise 1 °C, pauses of 30 s lose 1 °C: never 2 °C above the low, but every burst heats.
        AssertQuiet(Run("I3", Steps(0, 3_600_000, t =>
        {
            long phase = t % 60_000;
            bool on = phase < 30_000;
            double c = 180 + (on ? phase / 30_000.0 : 1 - (phase - 30_000) / 30_000.0);
            return Step(t, c, element: on);
        })));
    }

    [TestMethod]
    public void I4_ElementOnAfterALatchResetWithoutANewHeatCommand_Fires()
    {
        var trace = new List<CycleFacts> { HeatCommand(Step(0, 100, element: false)) };
        trace.Add(Step(Period, 100, state: FurnaceState.Tripped, latched: 1));
        trace.Add(With(Step(2 * Period, 100, state: FurnaceState.Idle), f => f.LatchCleared = true));
        trace.Add(Step(3 * Period, 100, element: true));

        AssertFires(Run("I4", trace), "latch reset");
    }

    [TestMethod]
    public void I4_HeatCommandDrainedInTheResetsOwnCycle_DoesNotCount()
    {
        var trace = new List<CycleFacts> { HeatCommand(Step(0, 100)), Step(Period, 100, state: FurnaceState.Tripped, latched: 1) };
        trace.Add(With(HeatCommand(Step(2 * Period, 100, element: true)), f => f.LatchCleared = true));

        AssertFires(Run("I4", trace), "latch reset");
    }

    [TestMethod]
    public void I4_ElementOnAfterABootWithoutACommand_FiresAndANewCommandAllowsIt()
    {
        var boot = With(Step(0, 20, state: FurnaceState.Idle), f => f.Events.Add(new BoardEvent(BoardEventKind.Booted, 0, 0, false)));
        AssertFires(Run("I4", new[] { boot, Step(Period, 20, element: true) }), "boot");

        var commanded = new[] { boot, HeatCommand(Step(Period, 20)), Step(2 * Period, 20, element: true) };
        AssertQuiet(Run("I4", commanded));
    }

    [TestMethod]
    public void I5_BankingOverItsDutyInASlidingWindow_Fires()
    {
        // 100 s on at the end of one 600 s window and 100 s on at the start of the next: each fixed window holds 100 s,
        // a sliding window 200 s against a 120 s budget.
        Invariant i5 = Run("I5", Steps(0, 1_200_000, t =>
            Step(t, 100, element: t is >= 500_000 and < 700_000, state: FurnaceState.Banking)));

        AssertFires(i5, "duty");
    }

    [TestMethod]
    public void I5_BankingWithinItsDuty_IsQuiet()
    {
        AssertQuiet(Run("I5", Steps(0, 3_600_000, t => Step(t, 100, element: t % 600_000 < 100_000, state: FurnaceState.Banking))));
    }

    [TestMethod]
    public void I6_ElementRelayChatter_Fires()
    {
        // Closing every 10 s with relay.min_off_s = 30 s: 360 closes an hour against a bound of 121.
        Invariant i6 = Run("I6", Steps(0, 3_600_000, t => Step(t, 100, element: t % 10_000 < 5_000)));

        AssertFires(i6, "element relay chatter");
    }

    [TestMethod]
    public void I6_OneCloseEveryMinOffPlusMinOn_IsQuiet()
    {
        AssertQuiet(Run("I6", Steps(0, 7_200_000, t => Step(t, 100, element: t % 60_000 < 30_000))));
    }

    [TestMethod]
    public void I7_TripLostAcrossAPowerCutWithWritableFlash_Fires()
    {
        Invariant i7 = Run("I7", LostTrip(flashRefusing: false));

        AssertFires(i7, "trip lost");
    }

    [TestMethod]
    public void I7_TripLostWhileTheFlashRefusedEveryWrite_IsANoteNotAViolation()
    {
        Invariant i7 = Run("I7", LostTrip(flashRefusing: true));

        AssertQuiet(i7);
        Assert.AreEqual(1, i7.Notes.Count, "reported separately, not hidden");
        StringAssert.Contains(i7.Notes[0].Category, "flash refused");
    }

    [TestMethod]
    public void I7_TripRestoredAfterTheReset_IsQuiet()
    {
        var trace = LostTrip(flashRefusing: false).ToList();
        trace[^1].Events.Clear();
        trace[^1].Events.Add(new BoardEvent(BoardEventKind.Booted, trace[^1].NowMs, FaultFlags.SensorFault, false));

        AssertQuiet(Run("I7", trace));
    }

    /// <summary>A trip latched at 1 s, the flash writable (or not) for a minute, a power cut, a boot with no latch.</summary>
    private static IEnumerable<CycleFacts> LostTrip(bool flashRefusing)
    {
        yield return Step(0, 100, element: true);
        foreach (CycleFacts f in Steps(1_000, 61_000, t => Step(t, 100, state: FurnaceState.Tripped, latched: FaultFlags.SensorFault)))
        {
            f.FlashRefusingWrites = flashRefusing;
            yield return f;
        }

        CycleFacts cut = Step(61_000, 100, state: FurnaceState.Tripped, latched: FaultFlags.SensorFault);
        cut.Powered = false;
        cut.CycleRan = false;
        cut.FlashRefusingWrites = flashRefusing;
        cut.Events.Add(new BoardEvent(BoardEventKind.PowerCut, 61_000, FaultFlags.SensorFault, false));
        yield return cut;

        CycleFacts boot = Step(71_000, 100, state: FurnaceState.Idle);
        boot.CycleRan = false;
        boot.Events.Add(new BoardEvent(BoardEventKind.Booted, 71_000, 0, false));
        yield return boot;
    }

    private static CycleFacts With(CycleFacts f, Action<CycleFacts> change)
    {
        change(f);
        return f;
    }
}
