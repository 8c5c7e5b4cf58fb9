// expect: CS1729
// GpioPin has no public constructor: GpioController.OpenPin makes one.
class Probe { object M() { return new System.Device.Gpio.GpioPin(); } }
