using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Chooses the status LED's pattern from the controller's state and blinks it, once per cycle, allocating nothing.
    /// Priority: the button held long enough (release now) → boot loop → a trip, by fault → config fault → a stuck
    /// button → the operating state, with a tail for Wi-Fi down and host Co-op (<see cref="LedPatterns"/>).
    /// </summary>
    public sealed class StatusLight
    {
        private readonly IStatusLed _led;

        public StatusLight(IStatusLed led)
        {
            _led = led;
        }

        public LedPattern Pattern { get; private set; }

        public int Modifiers { get; private set; }

        /// <summary>The 16-tick frame being shown (bit i = on in tick i).</summary>
        public int Mask { get; private set; }

        public void Update(FurnaceState state, int latchedFaults, bool elementOn, bool linkUp, bool hostCoop, ButtonState button, long nowMs)
        {
            Pattern = Choose(state, latchedFaults, elementOn, button);
            bool operating = Pattern == LedPattern.Idle || Pattern == LedPattern.HeatingElementOn
                || Pattern == LedPattern.HeatingElementOff || Pattern == LedPattern.Banking;
            Modifiers = !operating ? LedModifiers.None
                : (linkUp ? 0 : LedModifiers.WifiDown) | (hostCoop ? LedModifiers.HostCoop : 0);
            Mask = LedPatterns.Mask(Pattern, Modifiers);
            _led.Set(LedPatterns.IsOn(Mask, nowMs));
        }

        private static LedPattern Choose(FurnaceState state, int latchedFaults, bool elementOn, ButtonState button)
        {
            if (button == ButtonState.LongPressReady)
            {
                return LedPattern.ButtonHeld;
            }

            if (state == FurnaceState.BootLoop)
            {
                return LedPattern.BootLoop;
            }

            if (latchedFaults != 0)
            {
                return TripPattern(latchedFaults);
            }

            if (state == FurnaceState.ConfigFault)
            {
                return LedPattern.ConfigFault;
            }

            if (button == ButtonState.Stuck)
            {
                return LedPattern.ButtonStuck;
            }

            switch (state)
            {
                case FurnaceState.Heating:
                    return elementOn ? LedPattern.HeatingElementOn : LedPattern.HeatingElementOff;
                case FurnaceState.Banking:
                    return LedPattern.Banking;
                default:
                    return LedPattern.Idle;
            }
        }

        // The most serious latched fault names the code: over-temperature first.
        private static LedPattern TripPattern(int faults)
        {
            if ((faults & FaultFlags.OverTemperature) != 0)
            {
                return LedPattern.TrippedOverTemperature;
            }

            if ((faults & FaultFlags.SensorFault) != 0)
            {
                return LedPattern.TrippedSensorFault;
            }

            if ((faults & FaultFlags.HeatingFailed) != 0)
            {
                return LedPattern.TrippedHeatingFailed;
            }

            if ((faults & FaultFlags.ThermalRunaway) != 0)
            {
                return LedPattern.TrippedThermalRunaway;
            }

            return LedPattern.BootLoop;
        }
    }
}
