// expect: CS1503
// Interlocked is int-only on nanoFramework.
class Probe { long _count; void M() { System.Threading.Interlocked.Increment(ref _count); } }
