// expect: CS0117
class Probe { double M(double x) { return System.Math.Pow(x, 2.0); } }
