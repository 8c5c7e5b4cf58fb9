// expect: CS1061
class Probe { void M() { var t = new System.Threading.Thread(M); t.Name = "control"; } }
