using FurnaceFw.Firmware.Diagnostics;

namespace FurnaceFw.Web
{
    /// <summary>Writes GET /api/history from a consistent copy of the firmware's <see cref="TemperatureHistory"/>, oldest first.</summary>
    internal sealed class HistoryJson
    {
        private static readonly byte[] IntervalS = JsonWriter.Key("interval_s");
        private static readonly byte[] Count = JsonWriter.Key("count");
        private static readonly byte[] NewestAgeS = JsonWriter.Key("newest_age_s");
        private static readonly byte[] TemperatureC = JsonWriter.Key("temperature_c");
        private static readonly byte[] SetpointC = JsonWriter.Key("setpoint_c");
        private static readonly byte[] State = JsonWriter.Key("state");
        private static readonly byte[] DutyPercent = JsonWriter.Key("duty_percent");

        private readonly JsonWriter _json;
        private readonly short[] _temperature;
        private readonly short[] _setpoint;
        private readonly byte[] _state;
        private readonly byte[] _duty;
        private int _count;
        private long _newestAgeMs;

        public HistoryJson(JsonWriter json, int capacity)
        {
            _json = json;
            _temperature = new short[capacity];
            _setpoint = new short[capacity];
            _state = new byte[capacity];
            _duty = new byte[capacity];
        }

        /// <summary>Copies the ring. False if the copy kept overlapping writes (retry later).</summary>
        public bool Prepare(TemperatureHistory history, long nowMs)
        {
            if (history.Capacity > _temperature.Length)
            {
                return false;
            }

            long newestEndMs;
            _count = history.CopyTo(_temperature, _setpoint, _state, _duty, out newestEndMs);
            _newestAgeMs = _count > 0 ? nowMs - newestEndMs : 0;
            return _count >= 0;
        }

        public void Write()
        {
            JsonWriter j = _json;
            j.BeginObject();
            j.Number(IntervalS, TemperatureHistory.SampleIntervalMs / 1000);
            j.Number(Count, _count);
            j.Number(NewestAgeS, _newestAgeMs < 0 ? 0 : _newestAgeMs / 1000);
            j.BeginArray(TemperatureC);
            for (int i = 0; i < _count; i++)
            {
                if (_temperature[i] == TemperatureHistory.NoTemperature)
                {
                    j.ArrayNull();
                }
                else
                {
                    j.ArrayQuarters(_temperature[i]);
                }
            }

            j.EndArray();
            j.BeginArray(SetpointC);
            for (int i = 0; i < _count; i++)
            {
                j.ArrayQuarters(_setpoint[i]);
            }

            j.EndArray();
            j.BeginArray(State);
            for (int i = 0; i < _count; i++)
            {
                j.ArrayNumber(_state[i]);
            }

            j.EndArray();
            j.BeginArray(DutyPercent);
            for (int i = 0; i < _count; i++)
            {
                j.ArrayNumber(_duty[i]);
            }

            j.EndArray();
            j.EndObject();
        }
    }
}
