// expect: CS7036|CS1729
// NetworkInterface has no parameterless constructor (only one taking the interface index).
class Probe { object M() { return new System.Net.NetworkInformation.NetworkInterface(); } }
