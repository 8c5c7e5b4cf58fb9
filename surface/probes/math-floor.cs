// expect: NF0004
// Math.Floor exists in System.Math but throws NotImplementedException on the Pico W firmware (LIGHT_MATH).
class Probe { double M(double x) { return System.Math.Floor(x); } }
