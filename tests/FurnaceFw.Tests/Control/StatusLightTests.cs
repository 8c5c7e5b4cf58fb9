using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Tests.Control;

/// <summary>The status LED shows one pattern per state, readable from across a basement, and blinks it exactly.</summary>
[TestClass]
public sealed class StatusLightTests
{
    [TestMethod]
    public void Masks_EveryPattern_IsDistinctAndNonEmpty()
    {
        var seen = new Dictionary<int, LedPattern>();
        foreach (LedPattern pattern in Enum.GetValues<LedPattern>().Where(p => p != LedPattern.Off))
        {
            foreach (int modifiers in new[] { 0, LedModifiers.WifiDown, LedModifiers.HostCoop, LedModifiers.WifiDown | LedModifiers.HostCoop })
            {
                int mask = LedPatterns.Mask(pattern, modifiers);
                Assert.AreNotEqual(0, mask, $"{pattern} shows nothing");
                Assert.AreEqual(0, mask & ~0xFFFF, $"{pattern}: 16 ticks only");
                if (seen.TryGetValue(mask, out LedPattern other) && other != pattern)
                {
                    Assert.Fail($"{pattern} (modifiers {modifiers}) looks exactly like {other}: 0x{mask:X4}");
                }

                seen[mask] = pattern;
            }
        }
    }

    [TestMethod]
    [DataRow(LedPattern.TrippedOverTemperature, 1)]
    [DataRow(LedPattern.TrippedSensorFault, 2)]
    [DataRow(LedPattern.TrippedHeatingFailed, 3)]
    [DataRow(LedPattern.TrippedThermalRunaway, 4)]
    [DataRow(LedPattern.BootLoop, 5)]
    public void Masks_FaultCodes_AreALongFlashThenNShortBlinks(LedPattern pattern, int blinks)
    {
        int mask = LedPatterns.Mask(pattern, LedModifiers.WifiDown);

        Assert.AreEqual(0xF, mask & 0x1F, "a 1 s flash, then a gap");
        int shortBlinks = 0;
        for (int tick = 5; tick < 16; tick++)
        {
            shortBlinks += (mask >> tick) & 1;
        }

        Assert.AreEqual(blinks, shortBlinks, $"{pattern}: short blinks after the long flash");
    }

    private static (LedPattern Pattern, int Modifiers) Show(CycleHarness h) => (h.Snapshot().LedPattern, h.Snapshot().LedModifiers);

    [TestMethod]
    public void Update_EachState_ShowsItsPattern()
    {
        var h = new CycleHarness();
        h.StepCelsius(40);
        Assert.AreEqual(LedPattern.Idle, Show(h).Pattern);

        h.StartHeating(setpointC: 180, currentC: 100);
        Assert.AreEqual(LedPattern.HeatingElementOn, Show(h).Pattern);

        h.HoldCelsius(181, h.Settings.MinOnMs + 1000);
        Assert.AreEqual(LedPattern.HeatingElementOff, Show(h).Pattern);

        h.Mailbox.PostMode(ControlMode.Off);
        h.StepCelsius(181);
        Assert.AreEqual(LedPattern.Banking, Show(h).Pattern);

        h.StepCelsius(h.LimitC);
        Assert.AreEqual(LedPattern.TrippedOverTemperature, Show(h).Pattern);
        Assert.AreEqual(LedModifiers.None, Show(h).Modifiers, "fault codes use the whole frame");
    }

    [TestMethod]
    [DataRow(SensorStatus.OpenThermocouple, LedPattern.TrippedSensorFault)]
    public void Update_SensorFault_ShowsItsCode(SensorStatus fault, LedPattern expected)
    {
        var h = new CycleHarness();
        for (int i = 0; i < h.Settings.SensorFaultCount; i++)
        {
            h.Step(ThermocoupleReading.Fault(fault));
        }

        Assert.AreEqual(expected, Show(h).Pattern);
    }

    [TestMethod]
    public void Update_HeatingFailed_ShowsItsCode()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        h.HoldCelsius(100, h.Settings.WatchPeriodMs + 1000);

        Assert.AreEqual(LedPattern.TrippedHeatingFailed, Show(h).Pattern);
    }

    [TestMethod]
    public void Update_ThermalRunawayLatched_ShowsItsCode()
    {
        var latch = new FurnaceFw.Sim.Hardware.MemoryLatchStore();
        latch.Save(FaultFlags.ThermalRunaway, ReasonCode.ThermalRunaway);
        var h = new CycleHarness(latch: latch);
        h.StepCelsius(40);

        Assert.AreEqual(LedPattern.TrippedThermalRunaway, Show(h).Pattern);
    }

    [TestMethod]
    public void Update_BootLoopConfigFaultAndStuckButton_ShowTheirPatterns()
    {
        var loop = new CycleHarness(bootInfo: new BootInfo(3, true, 3));
        loop.StepCelsius(40);
        Assert.AreEqual(LedPattern.BootLoop, Show(loop).Pattern);

        var config = new CycleHarness(configProblem: new ConfigProblem(2, "safety.high_limit_c", "bad"));
        config.StepCelsius(40);
        Assert.AreEqual(LedPattern.ConfigFault, Show(config).Pattern);

        var stuck = new CycleHarness();
        stuck.Button.IsPressed = true;
        stuck.HoldCelsius(40, stuck.Settings.ButtonStuckMs + 1000);
        Assert.AreEqual(LedPattern.ButtonStuck, Show(stuck).Pattern);
    }

    [TestMethod]
    public void Update_ButtonHeldLongEnough_GoesSteadySoThePersonKnowsToRelease()
    {
        var h = new CycleHarness();
        h.StepCelsius(h.LimitC);
        h.Button.IsPressed = true;

        h.HoldCelsius(40, h.Settings.ButtonLongPressMs + 500);

        Assert.AreEqual(LedPattern.ButtonHeld, Show(h).Pattern);
        Assert.AreEqual(ButtonState.LongPressReady, h.Snapshot().ButtonState);
    }

    [TestMethod]
    public void Update_WifiDownAndHostCoop_AddTheirTail()
    {
        var h = new CycleHarness();
        h.Link.IsUp = false;
        h.Mailbox.PostHostWatchdogTimeout(60);
        h.StepCelsius(40);

        Assert.AreEqual(LedPattern.Idle, Show(h).Pattern);
        Assert.AreEqual(LedModifiers.WifiDown | LedModifiers.HostCoop, Show(h).Modifiers);
        Assert.AreEqual(LedPatterns.Mask(LedPattern.Idle, LedModifiers.WifiDown | LedModifiers.HostCoop), h.Snapshot().LedMask);
    }

    [TestMethod]
    public void Update_EveryTick_DrivesTheLedFromTheFrame()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 180, currentC: 181);
        int mask = h.Snapshot().LedMask;

        for (int i = 0; i < 32; i++)
        {
            h.StepCelsius(181);
            Assert.AreEqual(LedPatterns.IsOn(h.Snapshot().LedMask, h.Clock.NowMs), h.Led.On, $"tick {i}");
        }

        Assert.AreEqual(LedPattern.HeatingElementOff, h.Snapshot().LedPattern);
        Assert.AreNotEqual(0, mask);
    }
}
