// expect: NF0003
// langversion: 11
// From C# 11 on the compiler marks the module with RefSafetyRulesAttribute and, since mscorlib lacks it, embeds that
// type (and EmbeddedAttribute) into the assembly: extra TypeDefs and MethodDefs nobody wrote. Device projects pin 10.0.
class Probe { int M() { return 1; } }
