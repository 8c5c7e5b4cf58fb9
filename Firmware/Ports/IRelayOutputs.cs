namespace FurnaceFw.Firmware.Ports
{
    /// <summary>
    /// The two relays. De-energized is the safe state for both: the element is off and the
    /// emergency cutoff is open (no power can reach the element).
    /// </summary>
    public interface IRelayOutputs
    {
        /// <summary>Drives both relays. Called every cycle, not only on change, so a glitched pin is rewritten.</summary>
        void Write(bool elementEnergized, bool cutoffEnergized);
    }
}
