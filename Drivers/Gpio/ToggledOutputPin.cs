using System.Device.Gpio;

namespace FurnaceFw.Drivers.Gpio
{
    /// <summary>
    /// An output pin set every control cycle without allocating: it is toggled only when its level changes, because
    /// nanoFramework's <c>GpioPin.Write(PinValue)</c> copies the PinValue struct to the heap on every call while
    /// <c>Toggle()</c> takes no argument (System.Device.Gpio 1.1.57; .NET IoT has the same method). Every
    /// <see cref="RepairEveryCalls"/> calls the pin is read back and rewritten if something flipped it, so a glitched
    /// output is corrected within about a minute at the 250 ms control period.
    /// </summary>
    public sealed class ToggledOutputPin
    {
        public const int RepairEveryCalls = 240;

        private readonly GpioPin _pin;
        private bool _high;
        private int _calls;

        /// <param name="pin">An output pin already driven to <paramref name="high"/>.</param>
        public ToggledOutputPin(GpioPin pin, bool high)
        {
            _pin = pin;
            _high = high;
        }

        public void Set(bool high)
        {
            if (high != _high)
            {
                _pin.Toggle();
                _high = high;
            }

            if (++_calls >= RepairEveryCalls)
            {
                _calls = 0;
                Repair();
            }
        }

        // Once a minute, not every cycle: reading and writing a PinValue allocates on nanoFramework.
        private void Repair()
        {
            bool actualHigh = _pin.Read() == PinValue.High;
            if (actualHigh != _high)
            {
                _pin.Write(_high ? PinValue.High : PinValue.Low);
            }
        }
    }
}
