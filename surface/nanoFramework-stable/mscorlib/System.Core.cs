// Reference-only declarations of the nanoFramework stable-line (CoreLibrary 1.17.x) API that FurnaceFw's
// device code uses. Signatures written from the reference (shared/reference/nanoframework.md) and the upstream
// public API; no implementation is copied. Bodies are "throw null" stubs: this assembly is never run.
#pragma warning disable CS0660, CS0661, CS0626, CS0169, CS0649, CS8981, CS0436, CS0114, CS0108
namespace System
{
    public class Object
    {
        public Object() { }
        public virtual bool Equals(object obj) => throw null;
        public static bool Equals(object objA, object objB) => throw null;
        public static bool ReferenceEquals(object objA, object objB) => throw null;
        public virtual int GetHashCode() => throw null;
        public Type GetType() => throw null;
        public virtual string ToString() => throw null;
        protected object MemberwiseClone() => throw null;
        ~Object() { }
    }

    public abstract class ValueType
    {
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
        public override string ToString() => throw null;
    }

    public abstract class Enum : ValueType
    {
        // nanoFramework: ToString gives the number; there is no GetValues/GetNames/IsDefined/Parse.
        public override string ToString() => throw null;
    }

    public struct Void { }

    public struct Boolean
    {
        private bool m_value;
        public static readonly string FalseString;
        public static readonly string TrueString;
        public override string ToString() => throw null;
    }

    public struct Char
    {
        private char m_value;
        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0;
        public override string ToString() => throw null;
        public char ToLower() => throw null;
        public char ToUpper() => throw null;
    }

    public struct SByte
    {
        private sbyte m_value;
        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
    }

    public struct Byte
    {
        private byte m_value;
        public const byte MaxValue = 255;
        public const byte MinValue = 0;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
        public static byte Parse(string s) => throw null;
        public static bool TryParse(string s, out byte result) => throw null;
    }

    public struct Int16
    {
        private short m_value;
        public const short MaxValue = 32767;
        public const short MinValue = -32768;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
    }

    public struct UInt16
    {
        private ushort m_value;
        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
        public static ushort Parse(string s) => throw null;
        public static bool TryParse(string s, out ushort result) => throw null;
    }

    public struct Int32
    {
        private int m_value;
        public const int MaxValue = 2147483647;
        public const int MinValue = -2147483648;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
        public static int Parse(string s) => throw null;
        public static bool TryParse(string s, out int result) => throw null;
    }

    public struct UInt32
    {
        private uint m_value;
        public const uint MaxValue = 4294967295;
        public const uint MinValue = 0;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
        public static uint Parse(string s) => throw null;
        public static bool TryParse(string s, out uint result) => throw null;
    }

    public struct Int64
    {
        private long m_value;
        public const long MaxValue = 9223372036854775807;
        public const long MinValue = -9223372036854775808;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
        public static long Parse(string s) => throw null;
        public static bool TryParse(string s, out long result) => throw null;
    }

    public struct UInt64
    {
        private ulong m_value;
        public const ulong MaxValue = 18446744073709551615;
        public const ulong MinValue = 0;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
    }

    public struct Single
    {
        private float m_value;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
    }

    public struct Double
    {
        private double m_value;
        public override string ToString() => throw null;
        public string ToString(string format) => throw null;
        public static double Parse(string s) => throw null;
        public static bool TryParse(string s, out double result) => throw null;
    }

    public struct IntPtr
    {
        private unsafe void* m_value;
        public static readonly IntPtr Zero;
    }

    public struct UIntPtr
    {
        private unsafe void* m_value;
    }

    public struct RuntimeTypeHandle { }

    public struct RuntimeFieldHandle { }

    public struct RuntimeMethodHandle { }

    public abstract class Type
    {
        public abstract string FullName { get; }
        public abstract string Name { get; }
        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => throw null;
        public static bool operator ==(Type left, Type right) => throw null;
        public static bool operator !=(Type left, Type right) => throw null;
    }

    public abstract class Array : ICloneable, Collections.IList
    {
        public int Length => throw null;
        public object Clone() => throw null;
        public static void Copy(Array sourceArray, Array destinationArray, int length) => throw null;
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) => throw null;
        public static void Clear(Array array, int index, int length) => throw null;
        public static int IndexOf(Array array, object value) => throw null;
        public void CopyTo(Array array, int index) => throw null;
        public Collections.IEnumerator GetEnumerator() => throw null;
        public int Count => throw null;
        object Collections.IList.this[int index] { get => throw null; set => throw null; }
        int Collections.IList.Add(object value) => throw null;
        void Collections.IList.Clear() => throw null;
        bool Collections.IList.Contains(object value) => throw null;
        int Collections.IList.IndexOf(object value) => throw null;
        void Collections.IList.Insert(int index, object value) => throw null;
        void Collections.IList.Remove(object value) => throw null;
        void Collections.IList.RemoveAt(int index) => throw null;
        bool Collections.IList.IsReadOnly => throw null;
        bool Collections.IList.IsFixedSize => throw null;
        object Collections.ICollection.SyncRoot => throw null;
        bool Collections.ICollection.IsSynchronized => throw null;
    }

    public abstract class Delegate
    {
        public object Target => throw null;
        public static Delegate Combine(Delegate a, Delegate b) => throw null;
        public static Delegate Remove(Delegate source, Delegate value) => throw null;
        public static bool operator ==(Delegate d1, Delegate d2) => throw null;
        public static bool operator !=(Delegate d1, Delegate d2) => throw null;
    }

    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) => throw null;
        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) => throw null;
    }

    public interface IDisposable
    {
        void Dispose();
    }

    public interface ICloneable
    {
        object Clone();
    }

    public interface IComparable
    {
        int CompareTo(object obj);
    }

    public interface IFormatProvider { }

    public interface IAsyncResult { }

    public delegate void AsyncCallback(IAsyncResult ar);

    public class EventArgs
    {
        public static readonly EventArgs Empty;
        public EventArgs() { }
    }

    public delegate void EventHandler(object sender, EventArgs e);

    public static class GC
    {
        public static void SuppressFinalize(object obj) => throw null;
        public static void WaitForPendingFinalizers() => throw null;
    }

    public static class Convert
    {
        public static string ToBase64String(byte[] inArray) => throw null;
        public static byte[] FromBase64String(string inString) => throw null;
    }

    public class Random
    {
        public Random() { }
        public Random(int seed) { }
        public virtual int Next() => throw null;
        public virtual int Next(int maxValue) => throw null;
        public virtual void NextBytes(byte[] buffer) => throw null;
    }

}
