using System.Device.Gpio;

namespace FurnaceFw.Drivers.Gpio
{
    /// <summary>
    /// A push-pull output that is on while high: toggled only when its level changes, because nanoFramework's
    /// <c>GpioPin.Write(PinValue)</c> copies the PinValue struct to the heap on every call while <c>Toggle()</c> takes no
    /// argument (System.Device.Gpio 1.1.57; .NET IoT has the same method).
    /// </summary>
    public sealed class ToggledOutputPin : SwitchedPin
    {
        private readonly GpioPin _pin;
        private bool _high;

        /// <param name="pin">An output pin already driven to <paramref name="high"/>.</param>
        public ToggledOutputPin(GpioPin pin, bool high)
        {
            _pin = pin;
            _high = high;
        }

        protected override void Apply(bool on)
        {
            if (on != _high)
            {
                _pin.Toggle();
                _high = on;
            }
        }

        // Once a minute, not every cycle: reading and writing a PinValue allocates on nanoFramework.
        protected override void Repair()
        {
            bool actualHigh = _pin.Read() == PinValue.High;
            if (actualHigh != _high)
            {
                _pin.Write(_high ? PinValue.High : PinValue.Low);
            }
        }
    }
}
