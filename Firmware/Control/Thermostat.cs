namespace FurnaceFw.Firmware.Control
{
    /// <summary>Bang-bang demand with a band: on below the low edge, off at the high edge, otherwise unchanged.</summary>
    public sealed class Thermostat
    {
        private bool _wantsHeat;

        public bool Decide(int temperatureQuarterC, int lowQuarterC, int highQuarterC)
        {
            if (temperatureQuarterC < lowQuarterC)
            {
                _wantsHeat = true;
            }
            else if (temperatureQuarterC >= highQuarterC)
            {
                _wantsHeat = false;
            }

            return _wantsHeat;
        }

        public void Reset() => _wantsHeat = false;
    }
}
