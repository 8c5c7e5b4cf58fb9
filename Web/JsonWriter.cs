namespace FurnaceFw.Web
{
    /// <summary>
    /// Hand-written JSON into a <see cref="ResponseWriter"/>: no serializer, no strings built, no allocation. Member
    /// names are byte arrays made once by <see cref="Key"/> (quotes and colon included).
    /// </summary>
    public sealed class JsonWriter
    {
        private static readonly byte[] TrueBytes = Ascii.Bytes("true");
        private static readonly byte[] FalseBytes = Ascii.Bytes("false");
        private static readonly byte[] NullBytes = Ascii.Bytes("null");
        private static readonly byte[] UnicodeEscape = Ascii.Bytes("\\u00");

        private readonly ResponseWriter _out;
        private bool _needComma;

        public JsonWriter(ResponseWriter output)
        {
            _out = output;
        }

        /// <summary>Start-up only: the bytes of <c>"name":</c> for a member name (plain ASCII, no escapes needed).</summary>
        public static byte[] Key(string name) => Ascii.Bytes("\"" + name + "\":");

        /// <summary>Starts a new document (a body is written twice: once counted, once sent).</summary>
        public void Reset() => _needComma = false;

        public void BeginObject()
        {
            Separate();
            _out.Append((byte)'{');
            _needComma = false;
        }

        public void BeginObject(byte[] key)
        {
            Name(key);
            _out.Append((byte)'{');
            _needComma = false;
        }

        public void EndObject()
        {
            _out.Append((byte)'}');
            _needComma = true;
        }

        public void BeginArray(byte[] key)
        {
            Name(key);
            _out.Append((byte)'[');
            _needComma = false;
        }

        public void EndArray()
        {
            _out.Append((byte)']');
            _needComma = true;
        }

        public void Number(byte[] key, long value)
        {
            Name(key);
            _out.Append(value);
        }

        public void Quarters(byte[] key, int quarters)
        {
            Name(key);
            _out.AppendQuarters(quarters);
        }

        public void Bool(byte[] key, bool value)
        {
            Name(key);
            _out.Append(value ? TrueBytes : FalseBytes);
        }

        public void Null(byte[] key)
        {
            Name(key);
            _out.Append(NullBytes);
        }

        /// <summary>A string member; the value is escaped, so any bytes are safe.</summary>
        public void String(byte[] key, byte[] value)
        {
            Name(key);
            StringValue(value);
        }

        /// <summary>An IPv4 address packed as (a &lt;&lt; 24) | ... | d, written "a.b.c.d"; null for 0 (no address).</summary>
        public void Ipv4(byte[] key, int address)
        {
            if (address == 0)
            {
                Null(key);
                return;
            }

            Name(key);
            _out.Append((byte)'"');
            for (int shift = 24; shift >= 0; shift -= 8)
            {
                _out.Append((address >> shift) & 0xFF);
                if (shift > 0)
                {
                    _out.Append((byte)'.');
                }
            }

            _out.Append((byte)'"');
        }

        /// <summary>A wire enum: its name when the firmware knows one, otherwise its number (never a broken value).</summary>
        public void NameOrNumber(byte[] key, byte[] name, int value)
        {
            Name(key);
            NameOrNumberValue(name, value);
        }

        public void ArrayNumber(long value)
        {
            Separate();
            _out.Append(value);
        }

        public void ArrayQuarters(int quarters)
        {
            Separate();
            _out.AppendQuarters(quarters);
        }

        public void ArrayNull()
        {
            Separate();
            _out.Append(NullBytes);
        }

        public void ArrayNameOrNumber(byte[] name, int value)
        {
            Separate();
            NameOrNumberValue(name, value);
        }

        private void NameOrNumberValue(byte[] name, int value)
        {
            if (name == null)
            {
                _out.Append(value);
            }
            else
            {
                StringValue(name);
            }
        }

        private void Name(byte[] key)
        {
            Separate();
            _out.Append(key);
        }

        private void Separate()
        {
            if (_needComma)
            {
                _out.Append((byte)',');
            }

            _needComma = true;
        }

        /// <summary>Escapes quotes, backslashes, control characters and &lt; &gt; &amp; (as \u00XX); UTF-8 passes through.</summary>
        private void StringValue(byte[] value)
        {
            _out.Append((byte)'"');
            for (int i = 0; i < value.Length; i++)
            {
                byte c = value[i];
                if (c == (byte)'"' || c == (byte)'\\')
                {
                    _out.Append((byte)'\\');
                    _out.Append(c);
                }
                else if (c < 0x20 || c == 0x7F || c == (byte)'<' || c == (byte)'>' || c == (byte)'&')
                {
                    _out.Append(UnicodeEscape);
                    _out.Append(Hex(c >> 4));
                    _out.Append(Hex(c & 0xF));
                }
                else
                {
                    _out.Append(c);
                }
            }

            _out.Append((byte)'"');
        }

        private static byte Hex(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
    }
}
