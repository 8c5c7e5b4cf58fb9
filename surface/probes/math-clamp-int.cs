// expect: CS0266
// Math.Clamp has long, ulong, float and double overloads, no int: an int call returns a long.
class Probe { int M(int v) { return System.Math.Clamp(v, 0, 10); } }
