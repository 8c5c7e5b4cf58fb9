using System.Device.Gpio;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Drivers.Relays
{
    /// <summary>
    /// The relay pins when the relay polarity is not known (nf.config's relay.active_high unreadable): both stay
    /// plain inputs, high-impedance, and are never made outputs, because either level might energize the module. The
    /// firmware is in ConfigFault then and commands nothing; writes are ignored. A module with its own pull to the
    /// off level (or a pull resistor on the board) stays off; docs/device.md says to fit one.
    /// </summary>
    public sealed class HighImpedanceRelays : IRelayOutputs
    {
        public HighImpedanceRelays(GpioController gpio, int elementPin, int cutoffPin)
        {
            gpio.OpenPin(elementPin, PinMode.Input);
            gpio.OpenPin(cutoffPin, PinMode.Input);
        }

        /// <summary>Ignored: a pin of unknown polarity is never driven.</summary>
        public void Write(bool elementEnergized, bool cutoffEnergized)
        {
        }
    }
}
