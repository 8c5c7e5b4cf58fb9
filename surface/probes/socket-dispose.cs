// expect: CS0122
// nanoFramework Socket implements IDisposable explicitly: call Close() or use "using".
class Probe { void M(System.Net.Sockets.Socket s) { s.Dispose(); } }
