namespace FurnaceFw.Web
{
    /// <summary>Hand-written JSON into a <see cref="ResponseWriter"/>: no serializer, no strings built, no allocation.</summary>
    public sealed class JsonWriter
    {
        private readonly ResponseWriter _out;
        private bool _needComma;

        public JsonWriter(ResponseWriter output)
        {
            _out = output;
        }

        /// <summary>Starts a new document (a body is written twice: once counted, once sent).</summary>
        public void Reset() => _needComma = false;

        public void BeginObject()
        {
            Separate();
            _out.Append((byte)'{');
            _needComma = false;
        }

        public void BeginObject(string name)
        {
            Name(name);
            _out.Append((byte)'{');
            _needComma = false;
        }

        public void EndObject()
        {
            _out.Append((byte)'}');
            _needComma = true;
        }

        public void BeginArray(string name)
        {
            Name(name);
            _out.Append((byte)'[');
            _needComma = false;
        }

        public void EndArray()
        {
            _out.Append((byte)']');
            _needComma = true;
        }

        public void Number(string name, long value)
        {
            Name(name);
            _out.Append(value);
        }

        public void Quarters(string name, int quarters)
        {
            Name(name);
            _out.AppendQuarters(quarters);
        }

        public void Bool(string name, bool value)
        {
            Name(name);
            _out.Append(value ? "true" : "false");
        }

        public void Null(string name)
        {
            Name(name);
            _out.Append("null");
        }

        public void String(string name, string value)
        {
            Name(name);
            StringValue(value);
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
            _out.Append("null");
        }

        public void ArrayString(string value)
        {
            Separate();
            StringValue(value);
        }

        private void Name(string name)
        {
            Separate();
            _out.Append((byte)'"');
            _out.Append(name);
            _out.Append("\":");
        }

        private void Separate()
        {
            if (_needComma)
            {
                _out.Append((byte)',');
            }

            _needComma = true;
        }

        /// <summary>Escapes quotes, backslashes, control and non-ASCII characters (as \uXXXX), so any text is safe.</summary>
        private void StringValue(string value)
        {
            _out.Append((byte)'"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    _out.Append((byte)'\\');
                    _out.Append((byte)c);
                }
                else if (c < 0x20 || c > 0x7E || c == '<' || c == '>' || c == '&')
                {
                    _out.Append("\\u");
                    AppendHex4(c);
                }
                else
                {
                    _out.Append((byte)c);
                }
            }

            _out.Append((byte)'"');
        }

        private void AppendHex4(int value)
        {
            for (int shift = 12; shift >= 0; shift -= 4)
            {
                int nibble = (value >> shift) & 0xF;
                _out.Append((byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10));
            }
        }
    }
}
