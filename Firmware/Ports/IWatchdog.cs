namespace FurnaceFw.Firmware.Ports
{
    /// <summary>The hardware watchdog. Fed only at the end of a completed control cycle.</summary>
    public interface IWatchdog
    {
        void Feed();
    }
}
