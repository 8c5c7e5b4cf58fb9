// expect: CS0117
// CultureInfo exists, but without InvariantCulture, and string.Format has no IFormatProvider overload:
// nanoFramework formats invariantly.
class Probe { string M() { return string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", 1); } }
