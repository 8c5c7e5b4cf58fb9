// expect: CS0518
// mscorlib 1.17.11 has no System.Runtime.CompilerServices.IsVolatile (adding it would change its native checksum):
// a volatile field does not compile. Use an int through Interlocked.
class Probe { private volatile bool _stop; void M() { _stop = true; } }
