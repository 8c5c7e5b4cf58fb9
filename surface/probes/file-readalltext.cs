// expect: CS0117
class Probe { string M() { return System.IO.File.ReadAllText("I:\\nf.config"); } }
