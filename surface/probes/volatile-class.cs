// expect: CS0234
class Probe { int _x; int M() { return System.Threading.Volatile.Read(ref _x); } }
