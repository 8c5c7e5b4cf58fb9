using System.Device.Gpio;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Drivers.Relays
{
    /// <summary>
    /// The element relay and the emergency cutoff relay, each on its own pin. Both are driven to
    /// de-energized the moment they are opened, before anything else runs, and rewritten every cycle.
    /// </summary>
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

            // Drive the safe level the moment each pin becomes an output: boot default is de-energized.
            _gpio.OpenPin(_elementPin, PinMode.Output);
            _gpio.Write(_elementPin, _deEnergized);
            _gpio.OpenPin(_cutoffPin, PinMode.Output);
            _gpio.Write(_cutoffPin, _deEnergized);
        }

        public void Write(bool elementEnergized, bool cutoffEnergized)
        {
            _gpio.Write(_elementPin, elementEnergized ? _energized : _deEnergized);
            _gpio.Write(_cutoffPin, cutoffEnergized ? _energized : _deEnergized);
        }
    }
}
