using FurnaceFw.Protocol;

namespace FurnaceFw.Drivers.Max6675
{
    /// <summary>
    /// Decodes one 16-bit MAX6675 frame (datasheet 19-2235, "Serial Interface", Figure 2 / Table 2):
    /// D15 dummy sign bit (always 0), D14..D3 temperature in 0.25 °C steps, D2 thermocouple input open,
    /// D1 device ID (always 0), D0 three-state.
    /// </summary>
    public static class Max6675Frame
    {
        private const int SignBit = 1 << 15;
        private const int OpenInputBit = 1 << 2;
        private const int DeviceIdBit = 1 << 1;
        private const int ThreeStateBit = 1 << 0;

        /// <summary>Decodes a frame. Returns the status; <paramref name="quarterCelsius"/> is set only when Ok.</summary>
        /// <remarks>Total over every 16-bit value. D0 is three-state (it reads as whatever the bus floats to), so it is
        /// ignored before anything else: 0x0001 is the all-zeros bus fault, not a valid 0 °C, and 0xFFFE is all-ones.</remarks>
        public static SensorStatus Decode(int frame, out int quarterCelsius)
        {
            quarterCelsius = 0;
            frame &= 0xFFFF & ~ThreeStateBit;

            // All ones and all zeros first: all ones also has D2 set and would otherwise read as "open"; all zeros
            // would pass every bit check as a valid 0 °C (esphome#5101, Tasmota#16409).
            if (frame == (0xFFFF & ~ThreeStateBit))
            {
                return SensorStatus.BusAllOnes;
            }

            if (frame == 0x0000)
            {
                return SensorStatus.BusAllZeros;
            }

            if ((frame & SignBit) != 0)
            {
                return SensorStatus.BadSignBit;
            }

            if ((frame & DeviceIdBit) != 0)
            {
                return SensorStatus.BadDeviceId;
            }

            if ((frame & OpenInputBit) != 0)
            {
                return SensorStatus.OpenThermocouple;
            }

            quarterCelsius = (frame >> 3) & 0x0FFF;
            return SensorStatus.Ok;
        }

        /// <summary>Builds the frame the chip would send for a temperature (used by the simulated chip and tests).</summary>
        public static int Encode(int quarterCelsius, bool openInput)
        {
            if (quarterCelsius < 0)
            {
                quarterCelsius = 0;
            }

            if (quarterCelsius > 0x0FFF)
            {
                quarterCelsius = 0x0FFF;
            }

            return (quarterCelsius << 3) | (openInput ? OpenInputBit : 0);
        }
    }
}
