namespace FurnaceFw.Drivers.Gpio
{
    /// <summary>A pin that switches a load on or off, set every control cycle without allocating.</summary>
    public abstract class SwitchedPin
    {
        /// <summary>Calls between read-backs that repair a pin flipped behind the driver's back (about a minute at 250 ms).</summary>
        public const int RepairEveryCalls = 240;

        private int _calls;

        public void Set(bool on)
        {
            Apply(on);
            if (++_calls >= RepairEveryCalls)
            {
                _calls = 0;
                Repair();
            }
        }

        /// <summary>Changes the pin only if <paramref name="on"/> differs from what it last applied.</summary>
        protected abstract void Apply(bool on);

        /// <summary>Reads the pin back and rewrites it if it is not what was applied last.</summary>
        protected abstract void Repair();
    }
}
