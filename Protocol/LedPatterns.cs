namespace FurnaceFw.Protocol
{
    /// <summary>
    /// The status LED's frames: 16 ticks of <see cref="TickMs"/>, bit i = LED on in tick i. Shared by the firmware that
    /// blinks the LED and every interface that shows it (web page, furnacectl, the Sim), so they cannot disagree.
    /// </summary>
    public static class LedPatterns
    {
        public const int TickMs = 250;
        public const int TicksPerFrame = 16;

        // A fault code: a 1 s flash (ticks 0-3), then N short blinks on ticks 5, 7, 9, ...
        private const int LongFlash = 0x000F;

        /// <summary>The frame of a pattern with its modifiers; 0 for an unknown pattern.</summary>
        public static int Mask(LedPattern pattern, int modifiers)
        {
            switch (pattern)
            {
                case LedPattern.Idle:
                    return 0x0001 | Tail(modifiers);
                case LedPattern.HeatingElementOn:
                    return 0x0FFF | Tail(modifiers);
                case LedPattern.HeatingElementOff:
                    return 0x0F0F | Tail(modifiers);
                case LedPattern.Banking:
                    return 0x00C3 | Tail(modifiers);
                case LedPattern.TrippedOverTemperature:
                    return FaultCode(1);
                case LedPattern.TrippedSensorFault:
                    return FaultCode(2);
                case LedPattern.TrippedHeatingFailed:
                    return FaultCode(3);
                case LedPattern.TrippedThermalRunaway:
                    return FaultCode(4);
                case LedPattern.BootLoop:
                    return FaultCode(5);
                case LedPattern.ConfigFault:
                    return 0x5555;
                case LedPattern.ButtonStuck:
                    return 0x3333;
                case LedPattern.ButtonHeld:
                    return 0xFFFF;
                default:
                    return 0;
            }
        }

        /// <summary>Whether the LED is on at <paramref name="nowMs"/> for a frame <paramref name="mask"/>.</summary>
        public static bool IsOn(int mask, long nowMs) => ((mask >> (int)(nowMs / TickMs % TicksPerFrame)) & 1) != 0;

        private static int FaultCode(int blinks)
        {
            int mask = LongFlash;
            for (int i = 0; i < blinks; i++)
            {
                mask |= 1 << (5 + 2 * i);
            }

            return mask;
        }

        // The last second (ticks 12-15): Wi-Fi down blinks on 13 and 15, Co-op on 14; both together read as one 0.75 s flash.
        private static int Tail(int modifiers)
        {
            int tail = 0;
            if ((modifiers & LedModifiers.WifiDown) != 0)
            {
                tail |= (1 << 13) | (1 << 15);
            }

            if ((modifiers & LedModifiers.HostCoop) != 0)
            {
                tail |= 1 << 14;
            }

            return tail;
        }
    }
}
