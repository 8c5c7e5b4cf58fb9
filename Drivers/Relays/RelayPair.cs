using System.Device.Gpio;
using FurnaceFw.Drivers.Gpio;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Drivers.Relays
{
    /// <summary>
    /// The element relay and the emergency cutoff relay, each on its own pin, de-energized from the moment they are
    /// opened; after that a pin changes only when its relay's state changes (no allocation per cycle on nanoFramework)
    /// and is read back and repaired about once a minute.
    /// </summary>
    /// <remarks>
    /// How each module type is driven so that no pin ever presents the energizing level by accident, given what
    /// nanoFramework's GPIO layer does (GpioPin.Write refuses a pin that is not an output, and SetPinMode(Output) always
    /// starts the pin Low: nf-interpreter CPU_GPIO_EnableOutputPin(pin, GpioPinValue_Low), RP2040 and ESP32 alike):
    /// <list type="bullet">
    /// <item>Active-high module: opened as an input pulled down, then an output (starting Low: off) and written Low;
    /// then toggled on change (<see cref="ToggledOutputPin"/>).</item>
    /// <item>Active-low module: never an output while off. Off is an input with the pull-up (the opto LED gets no
    /// current), on is an output driving Low — exactly the level SetPinMode(Output) starts with
    /// (<see cref="SinkingOutputPin"/>). A push-pull pin would glitch Low (energize) at boot between SetPinMode and the
    /// first Write; an SSR input would follow it.</item>
    /// </list>
    /// docs/device.md ("Relay pins") has the evidence.
    /// </remarks>
    public sealed class RelayPair : IRelayOutputs
    {
        private readonly SwitchedPin _element;
        private readonly SwitchedPin _cutoff;

        /// <param name="activeHigh">True when a high pin energizes the relay coil (many driver boards are active-low).</param>
        public RelayPair(GpioController gpio, int elementPin, int cutoffPin, bool activeHigh)
        {
            _element = activeHigh ? OpenActiveHigh(gpio, elementPin) : OpenActiveLow(gpio, elementPin);
            _cutoff = activeHigh ? OpenActiveHigh(gpio, cutoffPin) : OpenActiveLow(gpio, cutoffPin);
        }

        public void Write(bool elementEnergized, bool cutoffEnergized)
        {
            _element.Set(elementEnergized);
            _cutoff.Set(cutoffEnergized);
        }

        private static SwitchedPin OpenActiveHigh(GpioController gpio, int pin)
        {
            GpioPin opened = gpio.OpenPin(pin, gpio.IsPinModeSupported(pin, PinMode.InputPullDown) ? PinMode.InputPullDown : PinMode.Input);
            gpio.SetPinMode(pin, PinMode.Output);
            gpio.Write(pin, PinValue.Low);
            return new ToggledOutputPin(opened, false);
        }

        private static SwitchedPin OpenActiveLow(GpioController gpio, int pin)
        {
            PinMode released = gpio.IsPinModeSupported(pin, PinMode.InputPullUp) ? PinMode.InputPullUp : PinMode.Input;
            return new SinkingOutputPin(gpio.OpenPin(pin, released), released);
        }
    }
}
