// expect: CS0117
// Math.Sqrt throws NotImplementedException on Pico (LIGHT_MATH) and is absent from the surface.
class Probe { double M() { return System.Math.Sqrt(2.0); } }
