// expect: CS0200
// IPEndPoint.Port (and Address) are read-only.
class Probe { void M(System.Net.IPEndPoint ep) { ep.Port = 80; } }
