using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-6 Latch reset needs intent. A latched trip clears only when a reset is armed with a token and then
    /// confirmed with the same token within <see cref="ArmWindowMs"/>, while the latch is set, the sensor is
    /// valid and the temperature is below <c>safety.latch_reset_below_c</c>. No single stray write, from any
    /// interface, can clear a trip.
    /// </summary>
    public sealed class LatchResetArbiter
    {
        public const long ArmWindowMs = 30000;

        private int _armedToken;
        private long _armedAtMs;

        public CommandResult Arm(int token, bool latched, long nowMs)
        {
            _armedToken = 0;
            if (!latched)
            {
                return CommandResult.RejectedNotLatched;
            }

            if (token == 0)
            {
                return CommandResult.RejectedTokenMismatch;
            }

            _armedToken = token;
            _armedAtMs = nowMs;
            return CommandResult.Armed;
        }

        /// <summary>Checks a confirm. Any outcome disarms: a wrong guess cannot be retried against the same arm.</summary>
        public CommandResult Confirm(int token, bool latched, bool sensorValid, int temperatureQuarterC, int resetBelowQuarterC, long nowMs)
        {
            int armed = _armedToken;
            _armedToken = 0;
            if (!latched)
            {
                return CommandResult.RejectedNotLatched;
            }

            if (armed == 0)
            {
                return CommandResult.RejectedNotArmed;
            }

            if (nowMs - _armedAtMs > ArmWindowMs)
            {
                return CommandResult.RejectedArmExpired;
            }

            if (token != armed)
            {
                return CommandResult.RejectedTokenMismatch;
            }

            if (!sensorValid)
            {
                return CommandResult.RejectedSensorInvalid;
            }

            if (temperatureQuarterC >= resetBelowQuarterC)
            {
                return CommandResult.RejectedTooHot;
            }

            return CommandResult.Accepted;
        }
    }
}
