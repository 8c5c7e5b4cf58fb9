using System;
using System.Text;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// Writes a response through one fixed buffer, sending it in chunks when it fills. A counting mode runs the same
    /// body code without sending, so a body of any size gets an exact Content-Length with no second buffer.
    /// </summary>
    /// <remarks>
    /// Nothing here allocates: text arrives as byte arrays made at start-up, numbers are formatted into a scratch
    /// buffer, and a large ASCII constant (the page) is copied out of its string in buffer-sized pieces by the
    /// encoder's native copy. When the request's deadline passes, sending stops and <see cref="TimedOut"/> is set
    /// (no exception: on nanoFramework a throw allocates).
    /// </remarks>
    public sealed class ResponseWriter
    {
        // Encoding.UTF8 returns a new encoder on every call on nanoFramework; keep one.
        private static readonly Encoding Utf8 = new UTF8Encoding();
        private static readonly byte[] Quarter = Ascii.Bytes(".25");
        private static readonly byte[] Half = Ascii.Bytes(".5");
        private static readonly byte[] ThreeQuarters = Ascii.Bytes(".75");

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

        /// <summary>Bytes sent to the connection since <see cref="Begin"/>; for tests and stats.</summary>
        public int TotalBytes { get; private set; }

        /// <summary>The deadline passed before everything was sent; the rest was dropped.</summary>
        public bool TimedOut { get; private set; }

        public void Begin(IConnection connection, long deadlineMs)
        {
            _connection = connection;
            _deadlineMs = deadlineMs;
            _length = 0;
            _counting = false;
            TotalBytes = 0;
            TimedOut = false;
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

        public void Append(byte[] bytes) => Append(bytes, 0, bytes.Length);

        public void Append(byte[] bytes, int offset, int count)
        {
            if (_counting)
            {
                _counted += count;
                return;
            }

            while (count > 0)
            {
                if (_length == _buffer.Length)
                {
                    Flush();
                }

                int space = _buffer.Length - _length;
                int n = count < space ? count : space;
                Array.Copy(bytes, offset, _buffer, _length, n);
                _length += n;
                offset += n;
                count -= n;
            }
        }

        /// <summary>Streams an ASCII string constant of <paramref name="length"/> characters (one byte each) without
        /// copying it to RAM first: the encoder copies one buffer-full at a time straight out of the string.</summary>
        public void AppendAscii(string text, int length)
        {
            if (_counting)
            {
                _counted += length;
                return;
            }

            int offset = 0;
            while (offset < length)
            {
                if (_length == _buffer.Length)
                {
                    Flush();
                }

                int space = _buffer.Length - _length;
                int n = length - offset < space ? length - offset : space;
                _length += Utf8.GetBytes(text, offset, n, _buffer, _length);
                offset += n;
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
                    Append(Quarter);
                    break;
                case 2:
                    Append(Half);
                    break;
                case 3:
                    Append(ThreeQuarters);
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
            if (TimedOut)
            {
                return;
            }

            long remaining = _deadlineMs - _clock.NowMs;
            if (remaining <= 0)
            {
                TimedOut = true;
                return;
            }

            _connection.Send(data, 0, count, remaining > int.MaxValue ? int.MaxValue : (int)remaining);
            TotalBytes += count;
        }
    }
}
