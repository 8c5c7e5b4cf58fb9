using System.Device.Gpio;

namespace FurnaceFw.Drivers.Gpio
{
    /// <summary>
    /// An output that is on while it sinks current (drives low) and off while released: an input with the pull-up, as
    /// an open-drain output would be. For active-low loads (opto-isolated relay modules, an LED to 3.3 V) this pin can
    /// never present the "on" level by accident: nanoFramework's <c>SetPinMode(Output)</c> always starts a pin low
    /// (nf-interpreter <c>CPU_GPIO_EnableOutputPin(pin, GpioPinValue_Low)</c>, RP2040 and ESP32) and refuses a write to
    /// an input, so a push-pull pin for an active-low module glitches "on" at boot between SetPinMode and the first
    /// Write. Here "off" is never an output and "on" is exactly that low start. Switching takes only a pin mode (an
    /// enum): no allocation.
    /// </summary>
    public sealed class SinkingOutputPin : SwitchedPin
    {
        private readonly GpioPin _pin;
        private readonly PinMode _released;
        private bool _on;

        /// <param name="pin">A pin already opened as <paramref name="released"/> (off).</param>
        /// <param name="released">InputPullUp where the pin has one, else Input.</param>
        public SinkingOutputPin(GpioPin pin, PinMode released)
        {
            _pin = pin;
            _released = released;
        }

        protected override void Apply(bool on)
        {
            if (on != _on)
            {
                _pin.SetPinMode(on ? PinMode.Output : _released);
                _on = on;
            }
        }

        protected override void Repair()
        {
            PinMode expected = _on ? PinMode.Output : _released;
            if (_pin.GetPinMode() != expected)
            {
                _pin.SetPinMode(expected);
            }
        }
    }
}
