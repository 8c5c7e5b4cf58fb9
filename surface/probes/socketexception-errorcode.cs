// expect: CS1061
// SocketException has ErrorCode (int) only, no SocketErrorCode.
class Probe { object M(System.Net.Sockets.SocketException e) { return e.SocketErrorCode; } }
