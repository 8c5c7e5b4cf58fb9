namespace FurnaceFw.Protocol.I2c
{
    /// <summary>
    /// Register addresses. Wire-stable: an address is never moved, reused or given another meaning; a new register
    /// takes a free address and a new capability bit (docs/i2c-register-map.md, "Versioning").
    /// </summary>
    public static class RegisterAddress
    {
        // Identity block 0x00-0x0F: fixed forever, readable in one 16-byte transaction.
        public const int Magic = 0x00;
        public const int ProtocolMajor = 0x04;
        public const int ProtocolMinor = 0x05;
        public const int RegisterCount = 0x06;
        public const int ImageLength = 0x07;
        public const int FirmwareVersion = 0x08;
        public const int Capabilities = 0x0C;

        // Status block 0x10-0x3F.
        public const int StatusBlock = 0x10;
        public const int Temperature = 0x10;
        public const int SensorStatus = 0x12;
        public const int State = 0x13;
        public const int Faults = 0x14;
        public const int Latched = 0x16;
        public const int Relays = 0x17;
        public const int Uptime = 0x18;
        public const int CycleCount = 0x1C;
        public const int CycleCountCheck = 0x20;
        public const int WatchdogResets = 0x24;
        public const int LastReason = 0x26;
        public const int LinkUp = 0x27;
        public const int RecentReasons = 0x28;
        public const int LastCommandResult = 0x2C;
        public const int HostLink = 0x2D;
        public const int CommandCount = 0x2E;
        public const int SensorErrors = 0x30;
        public const int LateCycles = 0x32;
        public const int HostWatchdogRemaining = 0x34;
        public const int HostExpiries = 0x36;
        public const int LatchResetBelow = 0x38;
        public const int SetpointMin = 0x3A;
        public const int SetpointMax = 0x3C;

        // Bus error block 0x40-0x4F.
        public const int BusErrors = 0x40;
        public const int RejectedWrites = 0x42;
        public const int AcceptedWrites = 0x44;
        public const int UnknownReads = 0x46;
        public const int LastRejectRegister = 0x48;
        public const int LastRejectReason = 0x49;

        // Safety health 0x4A-0x4F (protocol 1.2, Capability.SafetyHealth).
        public const int LatchSaveErrors = 0x4A;
        public const int LatchSavePending = 0x4C;
        public const int ResetsInARow = 0x4D;

        // Control block 0x50-0x5F: every write carries a PEC.
        public const int ControlBlock = 0x50;
        public const int Setpoint = 0x50;
        public const int Mode = 0x52;
        public const int ClearErrors = 0x53;
        public const int HostWatchdogTimeout = 0x54;
        public const int LatchResetArm = 0x56;
        public const int LatchResetConfirm = 0x58;

        // Configuration block 0x60-0x6F (protocol 1.1, Capability.ConfigProblem).
        public const int ConfigProblemLine = 0x60;
        public const int ConfigProblemSetting = 0x62;

        // Local panel 0x64-0x6F (protocol 1.2, Capability.LocalPanel): the reset button and the status LED.
        public const int ButtonState = 0x64;
        public const int LedPattern = 0x65;
        public const int LedModifiers = 0x66;
        public const int LedMask = 0x68;
        public const int RemoteResettableFaults = 0x6A;
    
        // Diagnostics log window 0x70-0xAF (protocol 1.2, Capability.Log): write LogSelect, then read the entry.
        public const int LogSelect = 0x70;
        public const int LogNewest = 0x74;
        public const int LogDropped = 0x78;
        public const int LogCapacity = 0x7A;
        public const int LogEntryLevel = 0x7B;
        public const int LogEntrySequence = 0x7C;
        public const int LogEntryTime = 0x80;
        public const int LogEntryLength = 0x84;
        public const int LogEntryText = 0x88;
    }
}
