// expect: CS0266
// No Math.Max(long, long): the call binds to Max(float, float) and returns a float.
class Probe { long M(long a, long b) { return System.Math.Max(a, b); } }
