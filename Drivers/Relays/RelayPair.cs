using System.Device.Gpio;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Drivers.Relays
{
    /// <summary>
    /// The element relay and the emergency cutoff relay, each on its own pin. Both are driven to
    /// de-energized the moment they are opened, before anything else runs, and rewritten every cycle.
    /// </summary>
    /// <remarks>
    /// Opening order, per pin: as an input pulled toward the safe level (where the controller has that pull), then
    /// output, then the safe level written at once. Writing the level before the pin is an output is not possible on
    /// nanoFramework: GpioPin.Write refuses a pin that is not an output (CLR_E_INVALID_PARAMETER), and SetPinMode(Output)
    /// always starts the pin Low (CPU_GPIO_EnableOutputPin(pin, GpioPinValue_Low, ...), RP2040 and ESP32 alike;
    /// nf-interpreter src/System.Device.Gpio and targets/*/cpu_gpio.cpp). So an active-high module is safe from the
    /// first instant, and an active-low module sees Low (energize) between SetPinMode and Write: a few tens of
    /// microseconds of interpreted code, far below a relay's operate time, but an SSR input would follow it.
    /// docs/device.md ("Relay pins") has the evidence and what to wire.
    /// </remarks>
    public sealed class RelayPair : IRelayOutputs
    {
        private readonly GpioController _gpio;
        private readonly int _elementPin;
        private readonly int _cutoffPin;
        private readonly PinValue _energized;
        private readonly PinValue _deEnergized;

        /// <param name="activeHigh">True when a high pin energizes the relay coil (most driver boards are active-low).</param>
        public RelayPair(GpioController gpio, int elementPin, int cutoffPin, bool activeHigh)
        {
            _gpio = gpio;
            _elementPin = elementPin;
            _cutoffPin = cutoffPin;
            _energized = activeHigh ? PinValue.High : PinValue.Low;
            _deEnergized = activeHigh ? PinValue.Low : PinValue.High;

            OpenSafe(_elementPin, activeHigh);
            OpenSafe(_cutoffPin, activeHigh);
        }

        public void Write(bool elementEnergized, bool cutoffEnergized)
        {
            _gpio.Write(_elementPin, elementEnergized ? _energized : _deEnergized);
            _gpio.Write(_cutoffPin, cutoffEnergized ? _energized : _deEnergized);
        }

        private void OpenSafe(int pin, bool activeHigh)
        {
            PinMode pulledSafe = activeHigh ? PinMode.InputPullDown : PinMode.InputPullUp;
            _gpio.OpenPin(pin, _gpio.IsPinModeSupported(pin, pulledSafe) ? pulledSafe : PinMode.Input);
            _gpio.SetPinMode(pin, PinMode.Output);
            _gpio.Write(pin, _deEnergized);
        }
    }
}
