// expect: CS0117
// Use nanoFramework.Runtime.Native.GC.Run instead.
class Probe { void M() { System.GC.Collect(); } }
