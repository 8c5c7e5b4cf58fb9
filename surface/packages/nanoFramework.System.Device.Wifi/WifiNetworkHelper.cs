// Reference-only: nanoFramework.System.Device.Wifi 1.5.144 (nanoframework/System.Device.Wifi, tag v1.5.144).
// Used only to join the network named in nf.config, on the network thread. NetworkHelperStatus is in System.Net.
using System.Threading;

namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic = 0,
        Manual = 1,
    }
}

namespace nanoFramework.Networking
{
    public static class WifiNetworkHelper
    {
        public static ManualResetEvent NetworkReady => throw null;

        public static NetworkHelperStatus Status => throw null;

        public static System.Exception HelperException => throw null;

        public static bool ConnectDhcp(string ssid, string password,
            System.Device.Wifi.WifiReconnectionKind reconnectionKind = System.Device.Wifi.WifiReconnectionKind.Automatic,
            bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) => throw null;

        public static bool ScanAndConnectDhcp(string ssid, string password,
            System.Device.Wifi.WifiReconnectionKind reconnectionKind = System.Device.Wifi.WifiReconnectionKind.Automatic,
            bool requiresDateTime = false, int WifiAdapter = 0, CancellationToken token = default) => throw null;

        public static bool Reconnect(bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) => throw null;

        public static void Disconnect() => throw null;

        public static void Reset() => throw null;
    }
}
