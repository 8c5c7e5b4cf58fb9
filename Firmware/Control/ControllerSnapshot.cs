using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Everything other threads may know about the controller, as of the end of one cycle. Readers get
    /// their own instance, filled by <see cref="SnapshotExchange.TryRead"/>; allocate one per reader at start.
    /// </summary>
    public sealed class ControllerSnapshot
    {
        public long TimeMs;
        public int CycleCount;
        public int TemperatureQuarterC;
        public SensorStatus SensorStatus;
        public FurnaceState State;
        public ReasonCode LastReason;
        public long StateSinceMs;
        public int Faults;
        public bool ElementOn;
        public bool CutoffClosed;
        public int SetpointQuarterC;
        public ControlMode Mode;
        public int WatchdogResetCount;
        public bool LastResetByWatchdog;
        public int SensorErrorCount;
        public int ConsecutiveSensorErrors;
        public int LateCycleCount;
        public int LatchPersistErrorCount;

        /// <summary>A latch change is in RAM but not yet in flash (a save failed and will be retried).</summary>
        public bool LatchSavePending;

        /// <summary>Watchdog resets in a row before this boot without a healthy run between them (SR-8).</summary>
        public int ResetsSinceHealthy;

        /// <summary>The latched faults a remote (web, I2C) reset may clear; the rest need the button at the furnace (SR-9).</summary>
        public int RemoteResettableFaults;

        public ButtonState ButtonState;

        public LedPattern LedPattern;

        /// <summary><see cref="LedModifiers"/> bits shown in the pattern's tail.</summary>
        public int LedModifiers;

        /// <summary>The LED's 16-tick frame (<see cref="LedPatterns"/>).</summary>
        public int LedMask;
        public bool LinkUp;
        public CommandResult LastCommandResult;
        public int CommandCount;
        public long BankingRemainingMs;
        public int LatchResetBelowQuarterC;
        public bool HostCoop;
        public int HostWatchdogTimeoutS;
        public long HostWatchdogRemainingMs;
        public int HostExpiryCount;
        public readonly long[] TransitionTimeMs = new long[TransitionLog.Capacity];
        public readonly byte[] TransitionFrom = new byte[TransitionLog.Capacity];
        public readonly byte[] TransitionTo = new byte[TransitionLog.Capacity];
        public readonly byte[] TransitionReason = new byte[TransitionLog.Capacity];

        public bool IsLatched => (Faults & FaultFlags.LatchedMask) != 0;

        public void CopyFrom(ControllerSnapshot source)
        {
            TimeMs = source.TimeMs;
            CycleCount = source.CycleCount;
            TemperatureQuarterC = source.TemperatureQuarterC;
            SensorStatus = source.SensorStatus;
            State = source.State;
            LastReason = source.LastReason;
            StateSinceMs = source.StateSinceMs;
            Faults = source.Faults;
            ElementOn = source.ElementOn;
            CutoffClosed = source.CutoffClosed;
            SetpointQuarterC = source.SetpointQuarterC;
            Mode = source.Mode;
            WatchdogResetCount = source.WatchdogResetCount;
            LastResetByWatchdog = source.LastResetByWatchdog;
            SensorErrorCount = source.SensorErrorCount;
            ConsecutiveSensorErrors = source.ConsecutiveSensorErrors;
            LateCycleCount = source.LateCycleCount;
            LatchPersistErrorCount = source.LatchPersistErrorCount;
            LatchSavePending = source.LatchSavePending;
            ResetsSinceHealthy = source.ResetsSinceHealthy;
            RemoteResettableFaults = source.RemoteResettableFaults;
            ButtonState = source.ButtonState;
            LedPattern = source.LedPattern;
            LedModifiers = source.LedModifiers;
            LedMask = source.LedMask;
            LinkUp = source.LinkUp;
            LastCommandResult = source.LastCommandResult;
            CommandCount = source.CommandCount;
            BankingRemainingMs = source.BankingRemainingMs;
            LatchResetBelowQuarterC = source.LatchResetBelowQuarterC;
            HostCoop = source.HostCoop;
            HostWatchdogTimeoutS = source.HostWatchdogTimeoutS;
            HostWatchdogRemainingMs = source.HostWatchdogRemainingMs;
            HostExpiryCount = source.HostExpiryCount;
            for (int i = 0; i < TransitionLog.Capacity; i++)
            {
                TransitionTimeMs[i] = source.TransitionTimeMs[i];
                TransitionFrom[i] = source.TransitionFrom[i];
                TransitionTo[i] = source.TransitionTo[i];
                TransitionReason[i] = source.TransitionReason[i];
            }
        }
    }
}
