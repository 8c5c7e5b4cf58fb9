// expect: CS0518
// int? needs System.Nullable<T>, which only the 2.0 preview line has.
class Probe { int? _value; }
