// expect: CS1061
// Thread has no IsBackground (and no Name).
class Probe { void M() { var t = new System.Threading.Thread(M); t.IsBackground = true; } }
