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
        private readonly bool _activeHigh;
        private readonly ToggledOutputPin _pin;

        public GpioStatusLed(GpioController gpio, int pin, bool activeHigh)
        {
            _activeHigh = activeHigh;
            GpioPin opened = gpio.OpenPin(pin, PinMode.Output);
            gpio.Write(pin, activeHigh ? PinValue.Low : PinValue.High);
            _pin = new ToggledOutputPin(opened, !activeHigh);
        }

        public void Set(bool on) => _pin.Set(on == _activeHigh);
    }
}
