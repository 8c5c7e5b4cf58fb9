// expect: CS0117
enum Color { Red }
class Probe { object M() { return System.Enum.GetValues(typeof(Color)); } }
