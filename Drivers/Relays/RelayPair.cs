using System.Device.Gpio;
using FurnaceFw.Drivers.Gpio;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Drivers.Relays
{
    /// <summary>
    /// The element relay and the emergency cutoff relay, each on its own pin. Both are driven to de-energized the moment
    /// they are opened, before anything else runs; after that a pin changes only when its relay's state changes
    /// (<see cref="ToggledOutputPin"/>: no allocation per cycle on nanoFramework) and is read back and repaired about
    /// once a minute.
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
        private readonly bool _activeHigh;
        private readonly PinValue _deEnergized;
        private readonly ToggledOutputPin _element;
        private readonly ToggledOutputPin _cutoff;

        /// <param name="activeHigh">True when a high pin energizes the relay coil (most driver boards are active-low).</param>
        public RelayPair(GpioController gpio, int elementPin, int cutoffPin, bool activeHigh)
        {
            _gpio = gpio;
            _activeHigh = activeHigh;
            _deEnergized = activeHigh ? PinValue.Low : PinValue.High;
            _element = new ToggledOutputPin(OpenSafe(elementPin), !activeHigh);
            _cutoff = new ToggledOutputPin(OpenSafe(cutoffPin), !activeHigh);
        }

        public void Write(bool elementEnergized, bool cutoffEnergized)
        {
            // Energized is high on an active-high module, low on an active-low one.
            _element.Set(elementEnergized == _activeHigh);
            _cutoff.Set(cutoffEnergized == _activeHigh);
        }

        private GpioPin OpenSafe(int pin)
        {
            PinMode pulledSafe = _activeHigh ? PinMode.InputPullDown : PinMode.InputPullUp;
            GpioPin opened = _gpio.OpenPin(pin, _gpio.IsPinModeSupported(pin, pulledSafe) ? pulledSafe : PinMode.Input);
            _gpio.SetPinMode(pin, PinMode.Output);
            _gpio.Write(pin, _deEnergized);
            return opened;
        }
    }
}
