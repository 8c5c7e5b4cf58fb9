using FurnaceFw.Protocol;

namespace FurnaceFw.Web
{
    /// <summary>
    /// Stable snake_case names for the wire enums, as byte arrays made once at start-up (nanoFramework's Enum.ToString
    /// gives only the number, and a string literal per request would allocate). A value without a name here (a new
    /// state, reason or result added to Protocol/ before this table) returns null, and the JSON carries its number.
    /// </summary>
    public static class ProtocolNames
    {
        private static readonly byte[][] States = new byte[16][];
        private static readonly byte[][] Reasons = new byte[32][];
        private static readonly byte[][] Sensors = new byte[16][];
        private static readonly byte[][] Results = new byte[32][];
        private static readonly byte[][] Modes = new byte[2][];
        private static readonly byte[][] FaultBits = new byte[32][];

        static ProtocolNames()
        {
            Name(States, (int)FurnaceState.Idle, "idle");
            Name(States, (int)FurnaceState.Heating, "heating");
            Name(States, (int)FurnaceState.Banking, "banking");
            Name(States, (int)FurnaceState.Tripped, "tripped");
            Name(States, (int)FurnaceState.ConfigFault, "config_fault");
            Name(States, (int)FurnaceState.BootLoop, "boot_loop");

            Name(Reasons, (int)ReasonCode.None, "none");
            Name(Reasons, (int)ReasonCode.PowerOn, "power_on");
            Name(Reasons, (int)ReasonCode.DemandOn, "demand_on");
            Name(Reasons, (int)ReasonCode.DemandOff, "demand_off");
            Name(Reasons, (int)ReasonCode.BankingTimeout, "banking_timeout");
            Name(Reasons, (int)ReasonCode.LatchReset, "latch_reset");
            Name(Reasons, (int)ReasonCode.LatchRestored, "latch_restored");
            Name(Reasons, (int)ReasonCode.OverTemperature, "over_temperature");
            Name(Reasons, (int)ReasonCode.SensorFault, "sensor_fault");
            Name(Reasons, (int)ReasonCode.HeatingFailed, "heating_failed");
            Name(Reasons, (int)ReasonCode.ThermalRunaway, "thermal_runaway");
            Name(Reasons, (int)ReasonCode.ConfigInvalid, "config_invalid");
            Name(Reasons, (int)ReasonCode.HostCommandExpired, "host_command_expired");
            Name(Reasons, (int)ReasonCode.HeatWithoutCall, "heat_without_call");
            Name(Reasons, (int)ReasonCode.BootLoop, "boot_loop");
            Name(Reasons, (int)ReasonCode.LocalReset, "local_reset");

            Name(Sensors, (int)SensorStatus.Ok, "ok");
            Name(Sensors, (int)SensorStatus.OpenThermocouple, "open_thermocouple");
            Name(Sensors, (int)SensorStatus.BusAllZeros, "bus_all_zeros");
            Name(Sensors, (int)SensorStatus.BusAllOnes, "bus_all_ones");
            Name(Sensors, (int)SensorStatus.BadSignBit, "bad_sign_bit");
            Name(Sensors, (int)SensorStatus.BadDeviceId, "bad_device_id");
            Name(Sensors, (int)SensorStatus.Stuck, "stuck");
            Name(Sensors, (int)SensorStatus.NotReady, "not_ready");
            Name(Sensors, (int)SensorStatus.BusError, "bus_error");
            Name(Sensors, (int)SensorStatus.Implausible, "implausible");

            Name(Results, (int)CommandResult.None, "none");
            Name(Results, (int)CommandResult.Accepted, "accepted");
            Name(Results, (int)CommandResult.RejectedOutOfRange, "rejected_out_of_range");
            Name(Results, (int)CommandResult.RejectedNotArmed, "rejected_not_armed");
            Name(Results, (int)CommandResult.RejectedTokenMismatch, "rejected_token_mismatch");
            Name(Results, (int)CommandResult.RejectedTooHot, "rejected_too_hot");
            Name(Results, (int)CommandResult.RejectedNotLatched, "rejected_not_latched");
            Name(Results, (int)CommandResult.RejectedArmExpired, "rejected_arm_expired");
            Name(Results, (int)CommandResult.RejectedSensorInvalid, "rejected_sensor_invalid");
            Name(Results, (int)CommandResult.RejectedConfigFault, "rejected_config_fault");
            Name(Results, (int)CommandResult.Armed, "armed");
            Name(Results, (int)CommandResult.RejectedRequiresCoop, "rejected_requires_coop");
            Name(Results, (int)CommandResult.RejectedTripped, "rejected_tripped");
            Name(Results, (int)CommandResult.RejectedNeedsLocalReset, "rejected_needs_local_reset");

            Name(Modes, (int)ControlMode.Off, "off");
            Name(Modes, (int)ControlMode.Heat, "heat");

            Name(FaultBits, BitIndex(FaultFlags.OverTemperature), "over_temperature");
            Name(FaultBits, BitIndex(FaultFlags.SensorFault), "sensor_fault");
            Name(FaultBits, BitIndex(FaultFlags.HeatingFailed), "heating_failed");
            Name(FaultBits, BitIndex(FaultFlags.ThermalRunaway), "thermal_runaway");
            Name(FaultBits, BitIndex(FaultFlags.BootLoop), "boot_loop");
            Name(FaultBits, BitIndex(FaultFlags.SensorSuspect), "sensor_suspect");
            Name(FaultBits, BitIndex(FaultFlags.ConfigInvalid), "config_invalid");
            Name(FaultBits, BitIndex(FaultFlags.ButtonStuck), "button_stuck");
        }

        public static byte[] Of(FurnaceState state) => Lookup(States, (int)state);

        public static byte[] Of(ReasonCode reason) => Lookup(Reasons, (int)reason);

        public static byte[] Of(SensorStatus status) => Lookup(Sensors, (int)status);

        public static byte[] Of(CommandResult result) => Lookup(Results, (int)result);

        public static byte[] Of(ControlMode mode) => Lookup(Modes, (int)mode);

        /// <summary>Name of the fault bit at <paramref name="bitIndex"/> (0..31) of <see cref="FaultFlags"/>, or null.</summary>
        public static byte[] FaultBit(int bitIndex) => Lookup(FaultBits, bitIndex);

        private static byte[] Lookup(byte[][] table, int value) => value >= 0 && value < table.Length ? table[value] : null;

        private static void Name(byte[][] table, int value, string name) => table[value] = Ascii.Bytes(name);

        private static int BitIndex(int flag)
        {
            int index = 0;
            while ((flag & 1) == 0)
            {
                flag >>= 1;
                index++;
            }

            return index;
        }
    }
}
