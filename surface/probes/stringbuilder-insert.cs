// expect: CS7036|CS1501
// StringBuilder.Insert(int, string) does not exist; only Insert(int, string, int count).
class Probe { void M(System.Text.StringBuilder sb) { sb.Insert(0, "x"); } }
