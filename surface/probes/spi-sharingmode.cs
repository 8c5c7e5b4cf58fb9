// expect: CS0117
// SpiConnectionSettings has no SharingMode property on the stable line.
class Probe { object M() { return new System.Device.Spi.SpiConnectionSettings(1, 17) { SharingMode = System.Device.Spi.SpiSharingMode.Shared }; } }
