// expect: NF0005
// Math.Abs(long) binds to Abs(float): a cast hides it from the compiler, the metadata rule still sees the float overload.
class Probe { long M(long a) { return (long)System.Math.Abs(a); } }
