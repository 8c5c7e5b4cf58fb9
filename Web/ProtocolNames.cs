using FurnaceFw.Protocol;

namespace FurnaceFw.Web
{
    /// <summary>Stable snake_case names for the wire enums (nanoFramework's Enum.ToString gives only the number).</summary>
    public static class ProtocolNames
    {
        public static string Of(FurnaceState state)
        {
            switch (state)
            {
                case FurnaceState.Idle: return "idle";
                case FurnaceState.Heating: return "heating";
                case FurnaceState.Banking: return "banking";
                case FurnaceState.Tripped: return "tripped";
                case FurnaceState.ConfigFault: return "config_fault";
                case FurnaceState.BootLoop: return "boot_loop";
                default: return "unknown";
            }
        }

        public static string Of(ReasonCode reason)
        {
            switch (reason)
            {
                case ReasonCode.None: return "none";
                case ReasonCode.PowerOn: return "power_on";
                case ReasonCode.DemandOn: return "demand_on";
                case ReasonCode.DemandOff: return "demand_off";
                case ReasonCode.BankingTimeout: return "banking_timeout";
                case ReasonCode.LatchReset: return "latch_reset";
                case ReasonCode.LatchRestored: return "latch_restored";
                case ReasonCode.OverTemperature: return "over_temperature";
                case ReasonCode.SensorFault: return "sensor_fault";
                case ReasonCode.HeatingFailed: return "heating_failed";
                case ReasonCode.ThermalRunaway: return "thermal_runaway";
                case ReasonCode.ConfigInvalid: return "config_invalid";
                case ReasonCode.HostCommandExpired: return "host_command_expired";
                case ReasonCode.HeatWithoutCall: return "heat_without_call";
                case ReasonCode.BootLoop: return "boot_loop";
                case ReasonCode.LocalReset: return "local_reset";
                default: return "unknown";
            }
        }

        public static string Of(SensorStatus status)
        {
            switch (status)
            {
                case SensorStatus.Ok: return "ok";
                case SensorStatus.OpenThermocouple: return "open_thermocouple";
                case SensorStatus.BusAllZeros: return "bus_all_zeros";
                case SensorStatus.BusAllOnes: return "bus_all_ones";
                case SensorStatus.BadSignBit: return "bad_sign_bit";
                case SensorStatus.BadDeviceId: return "bad_device_id";
                case SensorStatus.Stuck: return "stuck";
                case SensorStatus.NotReady: return "not_ready";
                case SensorStatus.BusError: return "bus_error";
                default: return "unknown";
            }
        }

        public static string Of(CommandResult result)
        {
            switch (result)
            {
                case CommandResult.None: return "none";
                case CommandResult.Accepted: return "accepted";
                case CommandResult.RejectedOutOfRange: return "rejected_out_of_range";
                case CommandResult.RejectedNotArmed: return "rejected_not_armed";
                case CommandResult.RejectedTokenMismatch: return "rejected_token_mismatch";
                case CommandResult.RejectedTooHot: return "rejected_too_hot";
                case CommandResult.RejectedNotLatched: return "rejected_not_latched";
                case CommandResult.RejectedArmExpired: return "rejected_arm_expired";
                case CommandResult.RejectedSensorInvalid: return "rejected_sensor_invalid";
                case CommandResult.RejectedConfigFault: return "rejected_config_fault";
                case CommandResult.Armed: return "armed";
                case CommandResult.RejectedRequiresCoop: return "rejected_requires_coop";
                case CommandResult.RejectedTripped: return "rejected_tripped";
                case CommandResult.RejectedNeedsLocalReset: return "rejected_needs_local_reset";
                default: return "unknown";
            }
        }

        public static string Of(ControlMode mode) => mode == ControlMode.Heat ? "heat" : mode == ControlMode.Off ? "off" : "unknown";

        /// <summary>Name of one fault bit from <see cref="FaultFlags"/>; null for a bit with no name.</summary>
        public static string FaultBit(int bit)
        {
            switch (bit)
            {
                case FaultFlags.OverTemperature: return "over_temperature";
                case FaultFlags.SensorFault: return "sensor_fault";
                case FaultFlags.HeatingFailed: return "heating_failed";
                case FaultFlags.ThermalRunaway: return "thermal_runaway";
                case FaultFlags.BootLoop: return "boot_loop";
                case FaultFlags.SensorSuspect: return "sensor_suspect";
                case FaultFlags.ConfigInvalid: return "config_invalid";
                default: return null;
            }
        }
    }
}
