// expect: CS0117
class Probe { System.IntPtr M() { return System.IntPtr.Zero; } }
