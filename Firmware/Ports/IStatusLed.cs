namespace FurnaceFw.Firmware.Ports
{
    /// <summary>The status LED at the furnace. Set every cycle; an implementation changes the pin only when the level changes.</summary>
    public interface IStatusLed
    {
        void Set(bool on);
    }
}
