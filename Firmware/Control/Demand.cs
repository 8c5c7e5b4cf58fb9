using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>What heat is asked for, as the commands left it. Owned by the control thread.</summary>
    public sealed class Demand
    {
        public ControlMode Mode = ControlMode.Off;

        public int SetpointQuarterC;

        /// <summary>Why demand last went away: DemandOff, or HostCommandExpired when a host's lease ran out (SR-7).</summary>
        public ReasonCode OffReason = ReasonCode.DemandOff;
    }
}
