using System;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// The latched faults in RAM and their copy in flash. RAM decides at once (the relays go safe in the same cycle);
    /// flash follows after the relays were written, and a save that failed is retried until it succeeds, so a trip
    /// is never held off by a slow flash and never forgotten because one write failed.
    /// </summary>
    public sealed class LatchKeeper
    {
        /// <summary>How long after a failed save the next attempt is made.</summary>
        public const long RetryMs = 1000;

        private readonly ILatchStore _store;
        private int _faults;
        private ReasonCode _reason;
        private bool _dirty;
        private long _nextAttemptMs;
        private int _errorCount;

        public LatchKeeper(ILatchStore store)
        {
            _store = store;
        }

        /// <summary>The latched fault bits (<see cref="FaultFlags.LatchedMask"/>); 0 when clear.</summary>
        public int Faults => _faults;

        /// <summary>Saves that failed since boot.</summary>
        public int ErrorCount => _errorCount;

        /// <summary>True while RAM holds a change that is not yet in flash.</summary>
        public bool SavePending => _dirty;

        /// <summary>Reads the flash at boot. An unreadable store never reads as clear: it latches a sensor fault.</summary>
        public void Load()
        {
            try
            {
                ReasonCode reason;
                _faults = _store.Load(out reason) & FaultFlags.LatchedMask;
                _reason = reason;
            }
            catch (Exception)
            {
                _faults = FaultFlags.SensorFault;
                _reason = ReasonCode.LatchRestored;
            }
        }

        /// <summary>Adds fault bits (in RAM now; <see cref="Persist"/> saves them).</summary>
        public void Latch(int faults, ReasonCode reason)
        {
            int added = faults & FaultFlags.LatchedMask & ~_faults;
            if (added != 0)
            {
                _faults |= added;
                _reason = reason;
                _dirty = true;
                _nextAttemptMs = long.MinValue;
            }
        }

        /// <summary>A confirmed latch reset cleared every fault.</summary>
        public void Clear(ReasonCode reason)
        {
            _faults = 0;
            _reason = reason;
            _dirty = true;
            _nextAttemptMs = long.MinValue;
        }

        /// <summary>Call after the relays were written: saves a pending change, or retries a failed save when due.</summary>
        public void Persist(long nowMs)
        {
            if (!_dirty || nowMs < _nextAttemptMs)
            {
                return;
            }

            try
            {
                _store.Save(_faults, _reason);
                _dirty = false;
            }
            catch (Exception)
            {
                _errorCount++;
                _nextAttemptMs = nowMs + RetryMs;
            }
        }
    }
}
