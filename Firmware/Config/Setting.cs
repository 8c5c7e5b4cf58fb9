namespace FurnaceFw.Firmware.Config
{
    /// <summary>Indices into <see cref="SettingsTable.All"/>. Temperatures are whole °C here (converted to quarter °C
    /// at use), durations are seconds or milliseconds as the key says.</summary>
    public static class Setting
    {
        public const int ControlPeriodMs = 0;
        public const int WatchdogTimeoutMs = 1;
        public const int HighLimitC = 2;
        public const int LatchResetBelowC = 3;
        public const int MaxSetpointC = 4;
        public const int MinSetpointC = 5;
        public const int DefaultSetpointC = 6;
        public const int SensorFaultCount = 7;
        public const int StuckSensorS = 8;
        public const int WatchPeriodS = 9;
        public const int WatchIncreaseC = 10;
        public const int RunawayHysteresisC = 11;
        public const int RunawayPeriodS = 12;
        public const int MinOnS = 13;
        public const int MinOffS = 14;
        public const int ThermostatHysteresisC = 15;
        public const int BankingMaxMinutes = 16;
        public const int EmberLowC = 17;
        public const int EmberHighC = 18;
        public const int BankingDutyPercent = 19;
        public const int BankingDutyWindowS = 20;
        public const int SensorFaultWindow = 21;
        public const int BootLoopResets = 22;
        public const int BootHealthyS = 23;
        public const int ButtonLongPressS = 24;
        public const int ButtonStuckS = 25;
        public const int RemoteResetOverTemperature = 26;
        public const int RemoteResetSensorFault = 27;
        public const int RemoteResetHeatingFailed = 28;
        public const int RemoteResetThermalRunaway = 29;
        public const int RemoteResetBootLoop = 30;
        public const int MaxStepC = 31;
        public const int Count = 32;
    }
}
