using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Ports
{
    /// <summary>Keeps a safety trip across resets and power loss.</summary>
    public interface ILatchStore
    {
        /// <summary>Returns the persisted latched fault bits (<see cref="FaultFlags.LatchedMask"/>), 0 when clear.
        /// An unreadable store must report a latch (fail safe), never "clear".</summary>
        int Load(out ReasonCode reason);

        /// <summary>Persists the latch. Called only on a change, after the outputs were already made safe.</summary>
        void Save(int latchedFaults, ReasonCode reason);
    }
}
