using System.Device.Gpio;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Drivers.Panel
{
    /// <summary>
    /// The latch-reset button on a GPIO, polled by the control cycle. The usual wiring is a push button from the pin to
    /// ground with the pin's internal pull-up (active-low); an active-high button gets the internal pull-down. Debounce
    /// and long-press timing are the firmware's (<c>ResetButtonMonitor</c>).
    /// </summary>
    /// <remarks>One <c>GpioPin.Read()</c> per cycle: on nanoFramework it returns a PinValue struct, one small allocation
    /// per cycle that portable code cannot avoid (there is no struct-free read; counted in tools/AllocCheck's
    /// control-cycle-drivers entry).</remarks>
    public sealed class GpioResetButton : IResetButton
    {
        private readonly GpioPin _pin;
        private readonly PinValue _pressed;

        public GpioResetButton(GpioController gpio, int pin, bool activeLow)
        {
            PinMode pull = activeLow ? PinMode.InputPullUp : PinMode.InputPullDown;
            _pin = gpio.OpenPin(pin, gpio.IsPinModeSupported(pin, pull) ? pull : PinMode.Input);
            _pressed = activeLow ? PinValue.Low : PinValue.High;
        }

        public bool IsPressed => _pin.Read() == _pressed;
    }
}
