// Reference-only: nanoFramework.System.Threading 1.1.52 (nanoframework/System.Threading, tag v1.1.52). The package's
// project compiles CancellationToken(Source/Registration) and OperationCanceledException only: no Task, no ThreadPool.
namespace System.Threading
{
    public struct CancellationToken
    {
        private object _source;

        public CancellationToken(bool canceled) { _source = null; }

        public static CancellationToken None => throw null;

        public bool IsCancellationRequested => throw null;

        public bool CanBeCanceled => throw null;

        public WaitHandle WaitHandle => throw null;

        public void ThrowIfCancellationRequested() => throw null;
    }

    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource() { }

        public CancellationTokenSource(int millisecondsDelay) { }

        public CancellationTokenSource(TimeSpan delay) { }

        public bool IsCancellationRequested => throw null;

        public CancellationToken Token => throw null;

        public void Cancel() => throw null;

        public void CancelAfter(int millisecondsDelay) => throw null;

        public void CancelAfter(TimeSpan delay) => throw null;

        public void Dispose() => throw null;
    }

    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException() { }

        public OperationCanceledException(string message) { }

        public OperationCanceledException(string message, Exception innerException) { }
    }
}
