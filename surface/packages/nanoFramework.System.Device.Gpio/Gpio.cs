// Reference-only: nanoFramework.System.Device.Gpio 1.1.57 (nanoframework/System.Device.Gpio, tag v1.1.57).
// GpioPin has no public constructor (GpioController.OpenPin makes one); PinValueChangedEventArgs derives from
// nanoFramework.Runtime.Events.BaseEvent, not EventArgs.
namespace System.Device.Gpio
{
    public enum PinNumberingScheme
    {
        Logical = 0,
        Board = 1,
    }

    public enum PinMode
    {
        Input = 0,
        InputPullDown = 1,
        InputPullUp = 2,
        Output = 3,
        OutputOpenDrain = 4,
        OutputOpenDrainPullUp = 5,
        OutputOpenSource = 6,
        OutputOpenSourcePullDown = 7,
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }

    public readonly struct PinValue
    {
        private readonly byte _value;

        public static PinValue High => throw null;

        public static PinValue Low => throw null;

        public static implicit operator PinValue(int value) => throw null;

        public static implicit operator PinValue(bool value) => throw null;

        public static explicit operator byte(PinValue value) => throw null;

        public static explicit operator int(PinValue value) => throw null;

        public static explicit operator bool(PinValue value) => throw null;

        public static bool operator ==(PinValue obj1, PinValue obj2) => throw null;

        public static bool operator !=(PinValue obj1, PinValue obj2) => throw null;

        public bool Equals(PinValue other) => throw null;

        public override bool Equals(object obj) => throw null;

        public override int GetHashCode() => throw null;

        public override string ToString() => throw null;
    }

    public class PinValueChangedEventArgs : nanoFramework.Runtime.Events.BaseEvent
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber) { }

        public PinEventTypes ChangeType => throw null;

        public int PinNumber => throw null;
    }

    public delegate void PinChangeEventHandler(object sender, PinValueChangedEventArgs pinValueChangedEventArgs);

    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioController : IDisposable
    {
        public GpioController() { }

        public GpioController(PinNumberingScheme numberingScheme) { }

        public PinNumberingScheme NumberingScheme => throw null;

        public int PinCount => throw null;

        public GpioPin OpenPin(int pinNumber) => throw null;

        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw null;

        public void ClosePin(int pinNumber) => throw null;

        public void Dispose() => throw null;

        public PinMode GetPinMode(int pinNumber) => throw null;

        public bool IsPinModeSupported(int pinNumber, PinMode mode) => throw null;

        public bool IsPinOpen(int pinNumber) => throw null;

        public PinValue Read(int pinNumber) => throw null;

        public void RegisterCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) => throw null;

        public void SetPinMode(int pinNumber, PinMode mode) => throw null;

        public void UnregisterCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback) => throw null;

        public void Write(int pinNumber, PinValue value) => throw null;
    }

    public sealed class GpioPin : IDisposable
    {
        internal GpioPin() { }

        public TimeSpan DebounceTimeout { get => throw null; set { } }

        public int PinNumber => throw null;

        public event PinValueChangedEventHandler ValueChanged;

        public PinMode GetPinMode() => throw null;

        public bool IsPinModeSupported(PinMode pinMode) => throw null;

        public void SetPinMode(PinMode mode) => throw null;

        public PinValue Read() => throw null;

        public void Write(PinValue value) => throw null;

        public void Toggle() => throw null;

        public void Dispose() => throw null;
    }
}
