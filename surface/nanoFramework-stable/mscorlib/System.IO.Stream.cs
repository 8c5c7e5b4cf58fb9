// Reference-only: System.IO.Stream and IOException as nanoFramework ships them (mscorlib / System.IO.Streams).
namespace System.IO
{
    public enum SeekOrigin { Begin = 0, Current = 1, End = 2 }

    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public abstract long Length { get; }
        public abstract long Position { get; set; }
        public virtual int ReadTimeout { get => throw null; set { } }
        public virtual int WriteTimeout { get => throw null; set { } }
        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public virtual int ReadByte() => throw null;
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract void Write(byte[] buffer, int offset, int count);
        public virtual void WriteByte(byte value) => throw null;
        public virtual void Close() => throw null;
        public void Dispose() => throw null;
        protected virtual void Dispose(bool disposing) => throw null;
    }

    public class IOException : SystemException
    {
        public enum IOExceptionErrorCode
        {
            Others = -536870912, InvalidDriver, FileNotFound, DirectoryNotFound, VolumeNotFound, PathTooLong,
            DirectoryNotEmpty, UnauthorizedAccess, PathAlreadyExists, TooManyOpenHandles,
        }

        public IOException() { }
        public IOException(string message) { }
        public IOException(string message, int hresult) { }
        public IOException(string message, Exception innerException) { }
        public IOExceptionErrorCode ErrorCode => throw null;
    }
}
