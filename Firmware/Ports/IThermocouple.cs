namespace FurnaceFw.Firmware.Ports
{
    /// <summary>The furnace temperature sensor.</summary>
    public interface IThermocouple
    {
        /// <summary>
        /// Reads one frame into <paramref name="reading"/>. Never throws on the hot path: bus and frame faults come
        /// back as a status.
        /// </summary>
        /// <param name="nowMs">The cycle's time, for the conversion-time guard and stuck detection.</param>
        /// <param name="elementOn">Whether the element was on, so a value that never moves can be flagged.</param>
        /// <param name="reading">Filled in place (no allocation per read).</param>
        void Read(long nowMs, bool elementOn, ThermocoupleReading reading);
    }
}
