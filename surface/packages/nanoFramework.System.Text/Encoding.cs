// Reference-only: nanoFramework.System.Text 1.3.42 (nanoframework/System.Text, tag v1.3.42). Encoding lives here,
// not in mscorlib. UTF-8 only.
namespace System.Text
{
    public class Encoding
    {
        public static Encoding UTF8 => throw null;

        public virtual byte[] GetBytes(string s) => throw null;

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) => throw null;

        public virtual char[] GetChars(byte[] bytes) => throw null;

        public virtual char[] GetChars(byte[] bytes, int byteIndex, int byteCount) => throw null;

        public virtual string GetString(byte[] bytes, int index, int count) => throw null;
    }

    public class UTF8Encoding : Encoding
    {
        public UTF8Encoding() { }
    }
}
