// expect: CS0234
// No IFormatProvider/CultureInfo overloads: nanoFramework formats invariantly.
class Probe { string M() { return string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", 1); } }
