using System;

namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// Validated control and safety settings. Values live in one array indexed by <see cref="Setting"/>;
    /// the typed accessors convert to the units the control code uses (quarter °C, ms).
    /// </summary>
    public sealed class FurnaceSettings
    {
        private readonly int[] _values = new int[Setting.Count];

        public FurnaceSettings()
        {
            for (int i = 0; i < Setting.Count; i++)
            {
                _values[i] = SettingsTable.All[i].Default;
            }
        }

        public int Get(int setting) => _values[setting];

        /// <summary>Sets one value; throws with the key and legal range when it is out of bounds.</summary>
        public void Set(int setting, int value)
        {
            SettingDefinition definition = SettingsTable.All[setting];
            if (!definition.Accepts(value))
            {
                throw new ArgumentOutOfRangeException(definition.Key,
                    definition.Key + " = " + value + " is outside " + definition.Min + ".." + definition.Max + " " + definition.Unit);
            }

            _values[setting] = value;
        }

        /// <summary>Checks the rules that relate settings to each other. Returns null when consistent,
        /// otherwise a message naming the keys involved.</summary>
        public string CheckConsistency()
        {
            if (Get(Setting.MaxSetpointC) > Get(Setting.HighLimitC) - 20)
            {
                return Key(Setting.MaxSetpointC) + " must be at least 20 °C below " + Key(Setting.HighLimitC);
            }

            if (Get(Setting.MinSetpointC) > Get(Setting.MaxSetpointC))
            {
                return Key(Setting.MinSetpointC) + " must not exceed " + Key(Setting.MaxSetpointC);
            }

            if (Get(Setting.DefaultSetpointC) < Get(Setting.MinSetpointC) || Get(Setting.DefaultSetpointC) > Get(Setting.MaxSetpointC))
            {
                return Key(Setting.DefaultSetpointC) + " must lie between " + Key(Setting.MinSetpointC) + " and " + Key(Setting.MaxSetpointC);
            }

            if (Get(Setting.LatchResetBelowC) >= Get(Setting.HighLimitC))
            {
                return Key(Setting.LatchResetBelowC) + " must be below " + Key(Setting.HighLimitC);
            }

            if (Get(Setting.EmberLowC) >= Get(Setting.EmberHighC))
            {
                return Key(Setting.EmberLowC) + " must be below " + Key(Setting.EmberHighC);
            }

            if (Get(Setting.EmberHighC) > Get(Setting.MaxSetpointC))
            {
                return Key(Setting.EmberHighC) + " must not exceed " + Key(Setting.MaxSetpointC);
            }

            if (Get(Setting.WatchdogTimeoutMs) < 4 * Get(Setting.ControlPeriodMs))
            {
                return Key(Setting.WatchdogTimeoutMs) + " must be at least 4 x " + Key(Setting.ControlPeriodMs);
            }

            // Banking counts every millisecond the element is on, and a minimum on time it cannot fit would break its
            // own duty budget. A cycle can run up to the watchdog timeout late, so that much is kept in reserve too.
            if (BankingDutyPercent > 0 && MinOnMs + WatchdogTimeoutMs > BankingDutyBudgetMs)
            {
                return Key(Setting.MinOnS) + " (+ " + Key(Setting.WatchdogTimeoutMs) + ") must fit the banking duty budget: "
                    + Key(Setting.BankingDutyPercent) + " of " + Key(Setting.BankingDutyWindowS) + " is " + (BankingDutyBudgetMs / 1000) + " s";
            }

            if (Get(Setting.SensorFaultWindow) < Get(Setting.SensorFaultCount))
            {
                return Key(Setting.SensorFaultWindow) + " must be at least " + Key(Setting.SensorFaultCount);
            }

            return null;
        }

        public int ControlPeriodMs => Get(Setting.ControlPeriodMs);
        public int WatchdogTimeoutMs => Get(Setting.WatchdogTimeoutMs);
        public int HighLimitQuarterC => 4 * Get(Setting.HighLimitC);
        public int LatchResetBelowQuarterC => 4 * Get(Setting.LatchResetBelowC);
        public int MaxSetpointQuarterC => 4 * Get(Setting.MaxSetpointC);
        public int MinSetpointQuarterC => 4 * Get(Setting.MinSetpointC);
        public int DefaultSetpointQuarterC => 4 * Get(Setting.DefaultSetpointC);
        public int SensorFaultCount => Get(Setting.SensorFaultCount);
        public long StuckSensorMs => 1000L * Get(Setting.StuckSensorS);
        public long WatchPeriodMs => 1000L * Get(Setting.WatchPeriodS);
        public int WatchIncreaseQuarterC => 4 * Get(Setting.WatchIncreaseC);
        public int RunawayHysteresisQuarterC => 4 * Get(Setting.RunawayHysteresisC);
        public long RunawayPeriodMs => 1000L * Get(Setting.RunawayPeriodS);
        public long MinOnMs => 1000L * Get(Setting.MinOnS);
        public long MinOffMs => 1000L * Get(Setting.MinOffS);
        public int ThermostatHysteresisQuarterC => 4 * Get(Setting.ThermostatHysteresisC);
        public long BankingMaxMs => 60000L * Get(Setting.BankingMaxMinutes);
        public int EmberLowQuarterC => 4 * Get(Setting.EmberLowC);
        public int EmberHighQuarterC => 4 * Get(Setting.EmberHighC);
        public int BankingDutyPercent => Get(Setting.BankingDutyPercent);
        public long BankingDutyWindowMs => 1000L * Get(Setting.BankingDutyWindowS);
        public long BankingDutyBudgetMs => BankingDutyWindowMs * BankingDutyPercent / 100;
        public int SensorFaultWindowFrames => Get(Setting.SensorFaultWindow);
        public int BootLoopResets => Get(Setting.BootLoopResets);
        public long BootHealthyMs => 1000L * Get(Setting.BootHealthyS);
        public long ButtonLongPressMs => 1000L * Get(Setting.ButtonLongPressS);
        public int MaxStepQuarterC => 4 * Get(Setting.MaxStepC);
        public long ButtonStuckMs => 1000L * Get(Setting.ButtonStuckS);

        private static string Key(int setting) => SettingsTable.All[setting].Key;
    }
}
