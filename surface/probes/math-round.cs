// expect: CS0117
class Probe { double M(double x) { return System.Math.Round(x); } }
