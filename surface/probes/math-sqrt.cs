// expect: NF0004
// Math.Sqrt exists in System.Math but throws NotImplementedException on the Pico W firmware (LIGHT_MATH).
class Probe { double M() { return System.Math.Sqrt(2.0); } }
