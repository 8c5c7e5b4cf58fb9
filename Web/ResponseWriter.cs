using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// Writes a response through one fixed buffer, sending it in chunks when it fills. A counting mode runs the same
    /// body code without sending, so a body of any size gets an exact Content-Length with no second buffer.
    /// </summary>
    public sealed class ResponseWriter
    {
        private readonly byte[] _buffer;
        private readonly byte[] _digits = new byte[20];
        private readonly IMonotonicClock _clock;
        private IConnection _connection;
        private long _deadlineMs;
        private int _length;
        private bool _counting;
        private int _counted;

        public ResponseWriter(int bufferBytes, IMonotonicClock clock)
        {
            _buffer = new byte[bufferBytes];
            _clock = clock;
        }

        /// <summary>Bytes sent to the connection (or counted) since <see cref="Begin"/>; for tests and stats.</summary>
        public int TotalBytes { get; private set; }

        public void Begin(IConnection connection, long deadlineMs)
        {
            _connection = connection;
            _deadlineMs = deadlineMs;
            _length = 0;
            _counting = false;
            TotalBytes = 0;
        }

        /// <summary>From here to <see cref="EndCount"/> nothing is sent; bytes are only counted.</summary>
        public void BeginCount()
        {
            _counting = true;
            _counted = 0;
        }

        public int EndCount()
        {
            _counting = false;
            return _counted;
        }

        public void Append(byte b)
        {
            if (_counting)
            {
                _counted++;
                return;
            }

            if (_length == _buffer.Length)
            {
                Flush();
            }

            _buffer[_length++] = b;
        }

        /// <summary>Appends ASCII text (callers pass constants or escaped text; every char must be below 128).</summary>
        public void Append(string ascii)
        {
            for (int i = 0; i < ascii.Length; i++)
            {
                Append((byte)ascii[i]);
            }
        }

        public void Append(long value)
        {
            if (value < 0)
            {
                Append((byte)'-');
            }

            int count = 0;
            do
            {
                long digit = value % 10;
                _digits[count++] = (byte)('0' + (digit < 0 ? -digit : digit));
                value /= 10;
            }
            while (value != 0);

            while (count > 0)
            {
                Append(_digits[--count]);
            }
        }

        /// <summary>Appends a quarter-degree value as decimal degrees: 261 → 65.25.</summary>
        public void AppendQuarters(int quarters)
        {
            if (quarters < 0)
            {
                Append((byte)'-');
            }

            long magnitude = quarters < 0 ? -(long)quarters : quarters;
            Append(magnitude / 4);
            switch ((int)(magnitude % 4))
            {
                case 1:
                    Append(".25");
                    break;
                case 2:
                    Append(".5");
                    break;
                case 3:
                    Append(".75");
                    break;
            }
        }

        public void Flush()
        {
            if (_length > 0)
            {
                Send(_buffer, _length);
                _length = 0;
            }
        }

        private void Send(byte[] data, int count)
        {
            int remaining = (int)(_deadlineMs - _clock.NowMs);
            if (remaining <= 0)
            {
                throw new RequestDeadlineException();
            }

            _connection.Send(data, 0, count, remaining);
            TotalBytes += count;
        }
    }
}
