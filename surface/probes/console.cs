// expect: CS0234
class Probe { void M() { System.Console.WriteLine("x"); } }
