using FurnaceFw.Firmware.Config;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-9 An over-temperature trip is reset by a person at the furnace.
    /// <para>Hazard: a high-limit trip cleared from a phone or a host program by someone who has not seen the furnace —
    /// an overfire still burning, a damper stuck open, a flue on fire.</para>
    /// <para>Rule: a remote latch reset (the web page, the I2C host: the arm/confirm mailbox) is refused with
    /// RejectedNeedsLocalReset while any latched fault is one nf.config does not allow remotely. Defaults: over-temperature
    /// needs the reset button at the furnace (<c>safety.remote_reset_over_temperature</c> = 0); sensor faults, heating
    /// failed, thermal runaway and boot loop may be reset remotely (1): the owner fixes those with a new probe or a visit
    /// anyway. The long press at the furnace may reset any fault. Every SR-6 condition still applies to both: a valid
    /// reading below <c>safety.latch_reset_below_c</c>.</para>
    /// <para>Source: UL 353 / ASME CSD-1 manual-reset limit controls (the reset is at the appliance); issue 14.</para>
    /// </summary>
    public sealed class ResetPolicy
    {
        public ResetPolicy(FurnaceSettings settings)
        {
            int mask = 0;
            mask |= settings.Get(Setting.RemoteResetOverTemperature) != 0 ? FaultFlags.OverTemperature : 0;
            mask |= settings.Get(Setting.RemoteResetSensorFault) != 0 ? FaultFlags.SensorFault : 0;
            mask |= settings.Get(Setting.RemoteResetHeatingFailed) != 0 ? FaultFlags.HeatingFailed : 0;
            mask |= settings.Get(Setting.RemoteResetThermalRunaway) != 0 ? FaultFlags.ThermalRunaway : 0;
            mask |= settings.Get(Setting.RemoteResetBootLoop) != 0 ? FaultFlags.BootLoop : 0;
            RemoteResettableFaults = mask;
        }

        /// <summary>The latched fault bits a remote reset may clear.</summary>
        public int RemoteResettableFaults { get; }

        /// <summary>True when every latched fault in <paramref name="latchedFaults"/> may be cleared from afar.</summary>
        public bool AllowsRemote(int latchedFaults) => (latchedFaults & FaultFlags.LatchedMask & ~RemoteResettableFaults) == 0;
    }
}
