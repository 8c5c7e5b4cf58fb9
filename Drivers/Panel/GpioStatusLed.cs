using System.Device.Gpio;
using FurnaceFw.Drivers.Gpio;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Drivers.Panel
{
    /// <summary>
    /// The status LED on a GPIO (pin → resistor → LED → ground when active-high). Set every cycle; the pin is toggled only
    /// when the level changes, so blinking allocates nothing on nanoFramework.
    /// </summary>
    public sealed class GpioStatusLed : IStatusLed
    {
        private readonly SwitchedPin _pin;

        /// <param name="activeHigh">True for pin → resistor → LED → ground; false for an LED to 3.3 V that the pin sinks.</param>
        public GpioStatusLed(GpioController gpio, int pin, bool activeHigh)
        {
            if (activeHigh)
            {
                GpioPin opened = gpio.OpenPin(pin, PinMode.Output);
                gpio.Write(pin, PinValue.Low);
                _pin = new ToggledOutputPin(opened, false);
            }
            else
            {
                _pin = new SinkingOutputPin(gpio.OpenPin(pin, PinMode.Input), PinMode.Input);
            }
        }

        public void Set(bool on) => _pin.Set(on);
    }
}
