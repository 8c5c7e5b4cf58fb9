using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Invariants;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>Fills <see cref="CycleFacts"/> after each step from the board, the plant's truth, the firmware's snapshot and
/// what the steps did. Allocates nothing on a step without board events.</summary>
public sealed class FactsRecorder
{
    private long _lastNowMs;
    private int _lastFrames;
    private int _lastLatched;

    public FactsRecorder(VirtualBoard board)
    {
        _lastNowMs = board.Clock.NowMs;
        _lastFrames = board.Thermocouple.FramesRead;
    }

    public void Record(CycleFacts f, VirtualBoard board, ControllerSnapshot s, StepContext context)
    {
        long now = board.Clock.NowMs;
        f.StepMs = now - _lastNowMs;
        f.NowMs = now;
        _lastNowMs = now;
        f.Powered = board.PoweredOn;
        f.CycleRan = board.LastStepCycleRan;
        f.TrueProbeC = board.Plant.ProbeC;
        f.ElementCoil = board.ElementRelayEnergized;
        f.CutoffCoil = board.CutoffRelayEnergized;
        f.ElementPoweredMs = board.LastStepElementPoweredMs;
        f.State = s.State;
        f.LatchedFaults = s.Faults & FaultFlags.LatchedMask;
        f.Mode = s.Mode;
        f.HeatPosted = context.HeatPosted;
        context.HeatPosted = false;
        f.FlashRefusingWrites = board.Flash?.FailWrites ?? false;
        f.Events.Clear();
        if (board.StepEvents.Count > 0)
        {
            f.Events.AddRange(board.StepEvents);
        }

        RecordFrame(f, board);
        f.LatchCleared = f.CycleRan && !f.Booted && _lastLatched != 0 && f.LatchedFaults == 0;
        if (f.CycleRan || f.Booted)
        {
            _lastLatched = f.LatchedFaults;
        }
    }

    private void RecordFrame(CycleFacts f, VirtualBoard board)
    {
        Hardware.SimulatedMax6675 chip = board.Thermocouple;
        f.FreshFrame = chip.FramesRead != _lastFrames;
        _lastFrames = chip.FramesRead;
        f.FrameValid = false;
        f.FrameLying = false;
        if (!f.FreshFrame || chip.LastFrame < 0)
        {
            return;
        }

        if (Max6675Frame.Decode(chip.LastFrame, out int quarter) == SensorStatus.Ok)
        {
            f.FrameValid = true;
            f.FrameC = quarter / 4.0;
            f.FrameLying = Math.Abs(quarter - chip.LastTrueQuarterC) > chip.NoiseLsb + 4;
        }
    }
}
