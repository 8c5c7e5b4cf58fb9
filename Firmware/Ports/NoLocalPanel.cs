namespace FurnaceFw.Firmware.Ports
{
    /// <summary>A board without a reset button or a status LED: the button is never pressed, the LED goes nowhere.</summary>
    public sealed class NoLocalPanel : IResetButton, IStatusLed
    {
        public static readonly NoLocalPanel Instance = new NoLocalPanel();

        public bool IsPressed => false;

        public void Set(bool on)
        {
        }
    }
}
