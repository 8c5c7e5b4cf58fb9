// expect: NF0002
// mscorlib 1.17.11 declares Action<T> and Func<T> (for the 2.0 line): they compile, but the stable interpreter has
// no generics. The metadata rule catches every generic instantiation.
class Probe { void M() { System.Action<int> a = x => { }; a(1); } }
