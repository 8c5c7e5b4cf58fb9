// expect: CS1061
// WaitHandle is not IDisposable on nanoFramework: no Dispose or Close.
class Probe { void M(System.Threading.AutoResetEvent e) { e.Close(); } }
