using System;
using System.Threading;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Runs <see cref="ControlCycle.Step"/> on its own thread at a fixed period. Deliberately thin: all behaviour
    /// lives in the cycle, so the simulator's deterministic stepper exercises the same code.
    /// </summary>
    public sealed class ControlLoopRunner
    {
        private readonly ControlCycle _cycle;
        private readonly IMonotonicClock _clock;
        private readonly int _periodMs;
        private Thread _thread;
        // 0 = run, 1 = stop. An int through Interlocked, not a volatile bool: nanoFramework's mscorlib has no IsVolatile.
        private int _stopRequested;
        private int _exceptionCount;

        public ControlLoopRunner(ControlCycle cycle, IMonotonicClock clock, int periodMs)
        {
            _cycle = cycle;
            _clock = clock;
            _periodMs = periodMs;
        }

        /// <summary>Cycles that threw. Each one left the outputs safe and the watchdog unfed.</summary>
        public int ExceptionCount => _exceptionCount;

        public void Start(ThreadPriority priority)
        {
            _thread = new Thread(Run);
            _thread.Priority = priority;
            _thread.Start();
        }

        /// <summary>Asks the loop to stop after its current cycle; waits up to <paramref name="timeoutMs"/>.</summary>
        public bool Stop(int timeoutMs)
        {
            Interlocked.Exchange(ref _stopRequested, 1);
            return _thread == null || _thread.Join(timeoutMs);
        }

        private void Run()
        {
            long next = _clock.NowMs;
            while (Interlocked.CompareExchange(ref _stopRequested, 0, 0) == 0)
            {
                try
                {
                    _cycle.Step();
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref _exceptionCount);
                    FailSafe();
                }

                next += _periodMs;
                long delay = next - _clock.NowMs;
                if (delay <= 0)
                {
                    // Overran: do not try to catch up with a burst of cycles; restart the schedule from now.
                    next = _clock.NowMs;
                    delay = 0;
                }

                Thread.Sleep((int)delay);
            }
        }

        // The relay write that makes the outputs safe may itself be what threw: try, and keep the loop alive either
        // way. No feed follows, so a fault that persists ends in a watchdog reset with the pins back as inputs.
        private void FailSafe()
        {
            try
            {
                _cycle.FailSafe();
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _exceptionCount);
            }
        }
    }
}
