// Reference-only: nanoFramework.System.Threading (only CancellationToken/Source are compiled in that package).
namespace System.Threading
{
    public struct CancellationToken
    {
        private object _source;
        public static CancellationToken None => throw null;
        public bool IsCancellationRequested => throw null;
        public bool CanBeCanceled => throw null;
        public void ThrowIfCancellationRequested() => throw null;
    }

    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource() { }
        public CancellationTokenSource(int millisecondsDelay) { }
        public CancellationToken Token => throw null;
        public bool IsCancellationRequested => throw null;
        public void Cancel() => throw null;
        public void CancelAfter(int millisecondsDelay) => throw null;
        public void Dispose() => throw null;
    }

    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException() { }
        public OperationCanceledException(string message) { }
    }
}
