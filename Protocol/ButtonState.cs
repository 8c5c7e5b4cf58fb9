namespace FurnaceFw.Protocol
{
    /// <summary>The reset button at the furnace, as the control cycle judged it. Wire-stable: never renumber, only append.</summary>
    public enum ButtonState : byte
    {
        /// <summary>Not pressed (or no button fitted).</summary>
        Released = 0,

        /// <summary>Held, not yet long enough to count.</summary>
        Pressed = 1,

        /// <summary>Held long enough: releasing it now asks for a local latch reset (the LED is steady on).</summary>
        LongPressReady = 2,

        /// <summary>Held at boot or for longer than button.stuck_s: a fault that resets nothing until released.</summary>
        Stuck = 3,
    }
}
