using FurnaceFw.Firmware.Safety;
using FurnaceFw.Protocol;

namespace FurnaceFw.Tests.Safety;

/// <summary>The reset button counts only as a deliberate long press: debounced, ended by a release, never when stuck.</summary>
[TestClass]
public sealed class ResetButtonMonitorTests
{
    private const long Period = 250;
    private const long LongPressMs = 3000;
    private const long StuckMs = 60_000;

    private static (ResetButtonMonitor Button, long Now) Started()
    {
        var button = new ResetButtonMonitor(LongPressMs, StuckMs);
        button.Sample(false, 0);
        return (button, 0);
    }

    /// <summary>Samples a level for a duration; returns how many long presses fired.</summary>
    private static int Hold(ResetButtonMonitor button, ref long now, bool pressed, long durationMs)
    {
        int fired = 0;
        for (long t = 0; t < durationMs; t += Period)
        {
            now += Period;
            fired += button.Sample(pressed, now) ? 1 : 0;
        }

        return fired;
    }

    [TestMethod]
    public void Sample_HeldThreeSecondsThenReleased_FiresOnceOnTheRelease()
    {
        var (button, now) = Started();

        Assert.AreEqual(0, Hold(button, ref now, true, LongPressMs + 500), "nothing fires while the button is still held");
        Assert.AreEqual(ButtonState.LongPressReady, button.State, "held long enough: release now");
        Assert.AreEqual(1, Hold(button, ref now, false, 1000), "the release is the request");
        Assert.AreEqual(ButtonState.Released, button.State);
    }

    [TestMethod]
    [DataRow(250L)]
    [DataRow(1000L)]
    [DataRow(2500L)]
    public void Sample_ShortPress_NeverFires(long heldMs)
    {
        var (button, now) = Started();

        int fired = Hold(button, ref now, true, heldMs) + Hold(button, ref now, false, 2000);

        Assert.AreEqual(0, fired, $"a {heldMs} ms bump must not count");
    }

    [TestMethod]
    public void Sample_SingleSampleGlitches_AreDebounced()
    {
        var (button, now) = Started();
        int fired = 0;

        // A press interrupted by one-sample bounces: each glitch is filtered, the hold counts as one long press.
        for (int i = 0; i < 16; i++)
        {
            now += Period;
            fired += button.Sample(i % 5 != 3, now) ? 1 : 0;
        }

        fired += Hold(button, ref now, false, 1000);
        Assert.AreEqual(1, fired, "single-sample bounces neither end the press nor start new ones");
    }

    [TestMethod]
    public void Sample_RandomNoiseOfSingleSamples_NeverFires()
    {
        var (button, now) = Started();
        var random = new Random(5);
        int fired = 0;

        // Isolated one-sample spikes for ten simulated hours: never two pressed samples in a row.
        bool last = false;
        for (int i = 0; i < 10 * 3600 * 4; i++)
        {
            bool spike = !last && random.Next(10) == 0;
            last = spike;
            now += Period;
            fired += button.Sample(spike, now) ? 1 : 0;
        }

        Assert.AreEqual(0, fired, "electrical noise must never reset a trip");
    }

    [TestMethod]
    public void Sample_HeldPastTheStuckTime_IsStuckAndTheReleaseDoesNotCount()
    {
        var (button, now) = Started();

        Hold(button, ref now, true, StuckMs + 1000);
        Assert.AreEqual(ButtonState.Stuck, button.State);

        Assert.AreEqual(0, Hold(button, ref now, false, 1000), "a stuck button resets nothing, even when it finally lets go");
        Assert.AreEqual(ButtonState.Released, button.State, "released: working again");
        Assert.AreEqual(0, Hold(button, ref now, true, LongPressMs + 500));
        Assert.AreEqual(1, Hold(button, ref now, false, 1000), "and the next deliberate press counts");
    }

    [TestMethod]
    public void Sample_HeldAtBoot_IsStuckUntilReleased()
    {
        var button = new ResetButtonMonitor(LongPressMs, StuckMs);
        long now = 0;
        button.Sample(true, now);

        Assert.AreEqual(ButtonState.Stuck, button.State, "held at boot: nobody pressed it on purpose");
        Assert.AreEqual(0, Hold(button, ref now, true, 5000) + Hold(button, ref now, false, 1000),
            "a button held since boot resets nothing when released");
    }
}
