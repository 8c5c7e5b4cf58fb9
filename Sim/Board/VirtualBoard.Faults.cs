using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Sim.Board;

/// <summary>The board's fault hooks that reach into its own life: power cuts (also inside a flash operation), wedges that
/// survive reboots, a watchdog that keeps counting during slow flash writes, and relay pins glitching at boot.</summary>
public sealed partial class VirtualBoard
{
    /// <summary>The board loses power now; it comes back after <paramref name="offMs"/> (-1: only when <see cref="RestorePower"/> is called).</summary>
    public void CutPower(long offMs) => CutPower(offMs, fromCycle: false);

    private void CutPower(long offMs, bool fromCycle)
    {
        if (!PoweredOn)
        {
            return;
        }

        AddEvent(new BoardEvent(BoardEventKind.PowerCut, Clock.NowMs, DyingLatch(), fromCycle && LatchWriteBegunInLastCycle()));
        PowerCuts++;
        PoweredOn = false;
        _gpio.Disconnect();
        Thermocouple.Gate.Set();
        _powerBackAtMs = offMs < 0 ? -1 : Clock.NowMs + offMs;
    }

    /// <summary>The power fails during the flash operation <paramref name="operations"/> from now (0: the next one),
    /// inside whatever the firmware is doing, and comes back <paramref name="offMs"/> later.</summary>
    public void CutPowerDuringFlashOperation(int operations, long offMs)
    {
        if (Flash == null)
        {
            throw new InvalidOperationException("this board's latch store is not the simulated flash");
        }

        Flash.CutPowerAfterOperations = operations;
        _cutForMs = offMs;
    }

    /// <summary>Power comes back now (a no-op while powered).</summary>
    public void RestorePower()
    {
        if (!PoweredOn)
        {
            PowerOn(lastResetByWatchdog: false);
        }
    }

    /// <summary>The control thread hangs <paramref name="afterMs"/> from now and again that long after each of the next
    /// <paramref name="boots"/> boots (-1: forever). <paramref name="boots"/> 0 with no hang pending ends the wedge.</summary>
    public void Wedge(long afterMs, int boots)
    {
        WedgeAfterMs = afterMs;
        WedgeBootsLeft = boots;
        _wedgeAtMs = Clock.NowMs + afterMs;
    }

    /// <summary>Ends a persistent wedge: a hang already in progress lasts until the watchdog resets the board.</summary>
    public void ClearWedge()
    {
        WedgeBootsLeft = 0;
        _wedgeAtMs = -1;
    }

    /// <summary>A flash operation takes <paramref name="ms"/>; the watchdog keeps counting meanwhile. Returns false when it
    /// fired (the board resets at that instant and the operation is cut).</summary>
    private bool ElapseDuringFirmwareCall(int ms)
    {
        if (Clock is not VirtualClock || !PoweredOn)
        {
            return true;
        }

        long untilExpiry = Watchdog.LastFeedMs + Watchdog.TimeoutMs + 1 - Clock.NowMs;
        if (ms >= untilExpiry)
        {
            Elapse(Math.Max(0, untilExpiry));
            _resetPending = true;
            _gpio.Disconnect(); // the reset releases the pins now; the rest of the dying call changes nothing
            return false;
        }

        Elapse(ms);
        return true;
    }

    private void OnFlashPowerFailed()
    {
        _cutPending = true;
        _gpio.Disconnect();
        if (!_inCycle && !_booting)
        {
            _cutPending = false;
            CutPower(_cutForMs, fromCycle: false);
        }
    }

    /// <summary>A latch file write began (whole or torn) in the cycle (or boot) that just ran.</summary>
    private bool LatchWriteBegunInLastCycle() => Flash != null && Flash.CreatesBegun != _createsAtCycleStart;

    /// <summary>The latch of the instance that is dying; -1 when it died while booting (it never knew).</summary>
    private int DyingLatch() => _bootCompleted ? Firmware.Cycle.LatchedFaults : -1;

    private void OnPinChanged(int pin)
    {
        if (!_booting)
        {
            return;
        }

        RelayModule? relay = pin == ElementRelay.Pin ? ElementRelay : pin == CutoffRelay.Pin ? CutoffRelay : null;
        if (relay != null && relay.CoilEnergized(_gpio.ModeOf(pin), _gpio.RegisterOf(pin)))
        {
            AddEvent(new BoardEvent(BoardEventKind.BootGlitch, Clock.NowMs, 0, false, relay.Name));
        }
    }
}
