// expect: CS0029
// nanoFramework.Runtime.Native.GC.EnableGCMessages returns void.
class Probe { bool M() { bool b = nanoFramework.Runtime.Native.GC.EnableGCMessages(true); return b; } }
