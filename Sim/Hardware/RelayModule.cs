using System.Device.Gpio;

namespace FurnaceFw.Sim.Hardware;

/// <summary>What the contacts of a relay do, whatever its coil says.</summary>
public enum RelayContacts
{
    /// <summary>The contacts follow the coil.</summary>
    Healthy,

    /// <summary>Welded shut: the relay conducts whatever the coil does.</summary>
    Welded,

    /// <summary>Open for good (burnt coil, broken contact, blown trace): the relay never conducts.</summary>
    Dead,
}

/// <summary>
/// A relay module on one GPIO pin, as it is wired on the board — which may differ from what the firmware was told
/// (<c>relay.active_high</c>). The model of the module's input:
/// <list type="bullet">
/// <item>Active-high module (NPN transistor driver, base resistor and a base pull-down): the coil is energized while
/// the pin drives high.</item>
/// <item>Active-low module (opto-isolated input: the pin sinks the optocoupler LED's current from the module's VCC):
/// the coil is energized while the pin drives low.</item>
/// <item>A pin left as an input (high impedance) drives neither: the active-high module's pull-down holds its
/// transistor off, and the active-low module's opto LED gets no current (the RP2040's default pad pull-down sinks
/// well under 0.1 mA, far below the ~1 mA an optocoupler needs). So both common module types stay de-energized;
/// <see cref="EnergizedWhenFloating"/> models a module whose input is pulled to its active level instead.</item>
/// <item>A board power cut removes the module's VCC as well (one 5 V supply): the coil de-energizes.</item>
/// </list>
/// Not modelled: an active-low module on a 5 V VCC that a 3.3 V "high" does not fully switch off, contact bounce,
/// and the milliseconds a coil needs to pull in (a level held for any time at all counts).
/// </summary>
public sealed class RelayModule
{
    public RelayModule(string name, int pin, bool wiredActiveHigh)
    {
        Name = name;
        Pin = pin;
        WiredActiveHigh = wiredActiveHigh;
    }

    public string Name { get; }

    public int Pin { get; }

    /// <summary>True when a high pin energizes the coil on this board (the module's type), whatever the firmware thinks.</summary>
    public bool WiredActiveHigh { get; set; }

    /// <summary>The coil energizes while the pin is an input (a module whose input is pulled to its active level).</summary>
    public bool EnergizedWhenFloating { get; set; }

    public RelayContacts Contacts { get; set; }

    /// <summary>Whether the coil is energized by this pin state, with the module powered.</summary>
    public bool CoilEnergized(PinMode mode, PinValue level)
    {
        if (mode != PinMode.Output)
        {
            return EnergizedWhenFloating;
        }

        return WiredActiveHigh ? level == PinValue.High : level == PinValue.Low;
    }

    /// <summary>Whether current flows through the contacts, given the coil.</summary>
    public bool Conducts(bool coilEnergized) => Contacts switch
    {
        RelayContacts.Welded => true,
        RelayContacts.Dead => false,
        _ => coilEnergized,
    };
}
