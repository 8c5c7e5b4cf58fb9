using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// Runs the trip rules on one cycle's reading: SR-1 over-temperature, SR-2 sensor fault, SR-3 heating failed and,
    /// while heating, SR-4 thermal runaway. Every rule sees every cycle in every state; none can be switched off.
    /// </summary>
    public sealed class SafetySupervisor
    {
        private readonly OverTemperatureCheck _overTemperature;
        private readonly SensorFaultDebounce _sensorFaults;
        private readonly HeatingRateCheck _heatingRate;
        private readonly ThermalRunawayCheck _runaway;

        public SafetySupervisor(FurnaceSettings settings)
        {
            _overTemperature = new OverTemperatureCheck(settings.HighLimitQuarterC);
            _sensorFaults = new SensorFaultDebounce(settings.SensorFaultCount, settings.SensorFaultWindowFrames);
            _heatingRate = new HeatingRateCheck(settings.WatchPeriodMs, settings.WatchIncreaseQuarterC);
            _runaway = new ThermalRunawayCheck(settings.RunawayPeriodMs, settings.RunawayHysteresisQuarterC);
        }

        /// <summary>SR-1's verdict on this cycle's reading: the relays must be safe now, latched or not.</summary>
        public bool OverTemperatureNow { get; private set; }

        public int ConsecutiveBadFrames => _sensorFaults.ConsecutiveBadFrames;

        /// <summary>Returns the fault bits (<see cref="FaultFlags"/>) the rules trip on this cycle.</summary>
        /// <param name="elementWasOn">Whether the element was energized during the interval that ends now.</param>
        /// <param name="heating">In the Heating state: SR-4 watches the setpoint only then.</param>
        public int Evaluate(ThermocoupleReading reading, bool elementWasOn, bool heating, int setpointQuarterC, long nowMs)
        {
            int trips = 0;
            OverTemperatureNow = _overTemperature.IsTripped(reading);
            if (OverTemperatureNow)
            {
                trips |= FaultFlags.OverTemperature;
            }

            if (_sensorFaults.Evaluate(reading))
            {
                trips |= FaultFlags.SensorFault;
            }

            if (_heatingRate.Evaluate(reading, elementWasOn, nowMs))
            {
                trips |= FaultFlags.HeatingFailed;
            }

            if (heating)
            {
                if (_runaway.Evaluate(reading, setpointQuarterC, nowMs))
                {
                    trips |= FaultFlags.ThermalRunaway;
                }
            }
            else
            {
                // Banking may sit below its band by design (the duty cap binds); SR-3 covers its element instead.
                _runaway.Stop();
            }

            return trips;
        }

        /// <summary>After a confirmed latch reset, when a person has looked at the furnace: SR-3 starts afresh.</summary>
        public void StartAfresh() => _heatingRate.Reset();
    }
}
