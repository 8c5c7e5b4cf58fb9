// expect: CS1061
// String has no Replace at all on nanoFramework (neither (string,string) nor (char,char)).
class Probe { string M(string s) { return s.Replace("a", "b"); } }
