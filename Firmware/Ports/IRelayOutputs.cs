namespace FurnaceFw.Firmware.Ports
{
    /// <summary>
    /// The two relays. De-energized is the safe state for both: the element is off and the
    /// emergency cutoff is open (no power can reach the element).
    /// </summary>
    public interface IRelayOutputs
    {
        /// <summary>Drives both relays. Called every cycle; an implementation may touch a pin only when its relay changes, and
        /// must correct a pin flipped behind its back within a bounded time (RelayPair: about a minute).</summary>
        void Write(bool elementEnergized, bool cutoffEnergized);
    }
}
