namespace FurnaceFw.Drivers.Max6675
{
    /// <summary>
    /// Flags a well-formed frame whose value jumped too far from the previous frame: a firebox probe cannot move tens of
    /// degrees in one control period, so such a frame is a replayed or corrupted one (a bus repeating an old frame every
    /// other read would otherwise alternate the thermostat's wish every cycle). Compared only with the frame just before:
    /// after a bad or implausible frame the next valid frame is the new reference, so a furnace that really changed while
    /// the sensor was faulty is not flagged forever.
    /// </summary>
    public sealed class StepPlausibilityCheck
    {
        private readonly int _maxStepQuarterC;
        private bool _haveLast;
        private int _lastQuarterC;

        public StepPlausibilityCheck(int maxStepQuarterC)
        {
            _maxStepQuarterC = maxStepQuarterC;
        }

        /// <summary>Returns true when <paramref name="quarterCelsius"/> is too far from the previous frame's value.</summary>
        public bool IsImplausible(int quarterCelsius)
        {
            int step = quarterCelsius - _lastQuarterC;
            bool implausible = _haveLast && (step > _maxStepQuarterC || -step > _maxStepQuarterC);
            _haveLast = !implausible;
            _lastQuarterC = quarterCelsius;
            return implausible;
        }

        /// <summary>A bad frame broke the sequence: the next valid frame is not compared.</summary>
        public void Break() => _haveLast = false;
    }
}
