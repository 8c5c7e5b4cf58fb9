// Reference-only: nanoFramework.Runtime.Events 1.11.37 (nanoframework/nanoFramework.Runtime.Events, tag v1.11.37).
namespace nanoFramework.Runtime.Events
{
    /// <summary>Base of native events; GPIO's PinValueChangedEventArgs derives from it (not from EventArgs).</summary>
    public class BaseEvent
    {
        public ushort Source;
        public byte Message;
    }
}
