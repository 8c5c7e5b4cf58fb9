namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// Every control and safety tunable with its default, bounds and reason: the single source for the
    /// config parser, validation and the README's safety table. Config can tune a rule within bounds; no
    /// key can switch a rule off.
    /// </summary>
    public static class SettingsTable
    {
        public static readonly SettingDefinition[] All = new SettingDefinition[]
        {
            new SettingDefinition("control.period_ms", 250, 220, 1000, "ms",
                "MAX6675 conversion takes up to 220 ms; reading faster returns the old value (Marlin reads every 250 ms)."),
            new SettingDefinition("control.watchdog_ms", 2000, 1000, 8000, "ms",
                "Several control periods of slack, well under the RP2040 limit of ~8.3 s (erratum RP2040-E1)."),
            new SettingDefinition("safety.high_limit_c", 450, 100, 900, "°C",
                "Over-temperature trip for a probe at the flue collar: normal peaks are 150–425 °C, sustained >480 °C is overfire (hearth.com wiki); well inside the MAX6675's 1023 °C range."),
            new SettingDefinition("safety.latch_reset_below_c", 200, 20, 850, "°C",
                "A latch can be reset only once the furnace has cooled well below the limit (manual-reset limit practice)."),
            new SettingDefinition("control.max_setpoint_c", 300, 30, 850, "°C",
                "Setpoints stay 150 °C under the high limit: a wood fire overshoots a setpoint (the element cannot cool), and Marlin forbids targets near MAXTEMP (HOTEND_OVERSHOOT)."),
            new SettingDefinition("control.min_setpoint_c", 30, 0, 850, "°C",
                "Lowest setpoint a user can ask for."),
            new SettingDefinition("control.setpoint_c", 180, 0, 850, "°C",
                "Setpoint at boot until a user or host sets another."),
            new SettingDefinition("safety.sensor_fault_count", 3, 1, 15, "frames",
                "Bad frames (in a row, or within safety.sensor_fault_window frames) before a latched sensor fault (Klipper 3 in a row; Marlin 15). The element is off from the first."),
            new SettingDefinition("safety.stuck_sensor_s", 120, 30, 3600, "s",
                "A reading that does not move by one LSB (0.25 °C) for 2 min while the element is on is not a live sensor; shorter than the heating watch so a frozen chip is named as such."),
            new SettingDefinition("safety.watch_period_s", 180, 20, 1800, "s",
                "Element on for this long must raise the temperature (Marlin WATCH_TEMP_PERIOD 20 s, scaled for a furnace's mass)."),
            new SettingDefinition("safety.watch_increase_c", 2, 1, 50, "°C",
                "Minimum rise per watch period (Marlin WATCH_TEMP_INCREASE, Klipper heating_gain: 2 °C)."),
            new SettingDefinition("safety.runaway_hysteresis_c", 20, 2, 200, "°C",
                "How far below target counts as losing control (Marlin THERMAL_PROTECTION_HYSTERESIS 4 °C, widened for a furnace)."),
            new SettingDefinition("safety.runaway_period_s", 900, 40, 7200, "s",
                "How long it may stay that far below target after first reaching it (Marlin THERMAL_PROTECTION_PERIOD 40 s, scaled)."),
            new SettingDefinition("relay.min_on_s", 30, 0, 600, "s",
                "Relay life: the thermostat keeps the element on at least this long. Never delays a safety trip."),
            new SettingDefinition("relay.min_off_s", 30, 0, 600, "s",
                "Relay life: the thermostat keeps the element off at least this long."),
            new SettingDefinition("control.hysteresis_c", 3, 1, 50, "°C",
                "Thermostat band: on below setpoint minus this, off at the setpoint."),
            new SettingDefinition("banking.max_minutes", 240, 0, 1440, "min",
                "Banking holds the embers at most this long after demand stops, then the controller goes idle."),
            new SettingDefinition("banking.ember_low_c", 90, 40, 400, "°C",
                "Banking turns the element on below this."),
            new SettingDefinition("banking.ember_high_c", 120, 50, 450, "°C",
                "Banking turns the element off at this."),
            new SettingDefinition("banking.duty_percent", 20, 0, 50, "%",
                "Most the element may be on while banking, per duty window: a bank keeps embers, it does not heat."),
            new SettingDefinition("banking.duty_window_s", 600, 60, 3600, "s",
                "The window the banking duty is measured over (any window of this length, not only fixed ones)."),
            new SettingDefinition("safety.sensor_fault_window", 1200, 3, 14400, "frames",
                "Intermittent faults latch too: sensor_fault_count bad frames within this many frames (5 min at 250 ms). Each isolated bad frame cuts the element short, so this bounds how often noise can override the minimum on time."),
            new SettingDefinition("safety.boot_loop_resets", 3, 2, 20, "resets",
                "Watchdog resets in a row, none after a healthy run, that latch a BootLoop fault (SR-8): a wedge that survives reboots is a fault, not a way of running."),
            new SettingDefinition("safety.boot_healthy_s", 600, 60, 86400, "s",
                "Running this long after boot counts as healthy and clears the count of resets in a row."),
            new SettingDefinition("button.long_press_s", 3, 2, 10, "s",
                "The reset button counts only when held this long and released: a bump or noise never resets a trip."),
            new SettingDefinition("button.stuck_s", 60, 15, 600, "s",
                "Held longer than this (or at boot) the button is stuck: a fault that resets nothing."),
            new SettingDefinition("safety.remote_reset_over_temperature", 0, 0, 1, "0/1",
                "0: an over-temperature trip is reset only with the button at the furnace (UL 353 / ASME CSD-1 manual reset: see the furnace first). 1 allows the web page and I2C host."),
            new SettingDefinition("safety.remote_reset_sensor_fault", 1, 0, 1, "0/1",
                "1: a sensor fault may be reset from the web page or the I2C host (the owner fixes it with a new probe); 0: only at the furnace."),
            new SettingDefinition("safety.remote_reset_heating_failed", 1, 0, 1, "0/1",
                "1: a heating-failed trip may be reset remotely; 0: only at the furnace."),
            new SettingDefinition("safety.remote_reset_thermal_runaway", 1, 0, 1, "0/1",
                "1: a thermal-runaway trip may be reset remotely; 0: only at the furnace."),
            new SettingDefinition("safety.remote_reset_boot_loop", 1, 0, 1, "0/1",
                "1: a boot-loop latch may be reset remotely; 0: only at the furnace."),
            new SettingDefinition("safety.max_step_c", 50, 5, 500, "°C",
                "Two frames in a row may differ by at most this: a firebox probe does not move 50 °C in a quarter second, so a bigger jump is a bad frame (SR-2), e.g. a bus replaying an old frame every other read."),
        };

        /// <summary>Finds a key's index, or -1.</summary>
        public static int IndexOf(string key)
        {
            for (int i = 0; i < All.Length; i++)
            {
                if (All[i].Key == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
