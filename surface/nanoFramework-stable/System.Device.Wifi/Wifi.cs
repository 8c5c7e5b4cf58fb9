// Reference-only: nanoFramework.System.Device.Wifi (declarations only). Used only to join the network named in
// nf.config, on the network thread; link state is read through NetworkInterface, never by connecting.
namespace System.Device.Wifi
{
    public enum WifiReconnectionKind { Automatic = 0, Manual = 1 }
}

namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None, Started, NetworkIsReady, FailedNoNetworkInterface, TokenExpiredWaitingIPAddress, TokenExpiredWaitingDateTime,
        ErrorConnetingToWiFiWhileScanning, Reconnecting, ExceptionOccurred,
    }

    public static class WifiNetworkHelper
    {
        public static NetworkHelperStatus Status => throw null;
        public static System.Exception HelperException => throw null;
        public static bool ConnectDhcp(string ssid, string password,
            System.Device.Wifi.WifiReconnectionKind reconnectionKind = System.Device.Wifi.WifiReconnectionKind.Automatic,
            bool requiresDateTime = false, int wifiAdapterId = 0,
            System.Threading.CancellationToken token = default(System.Threading.CancellationToken)) => throw null;
    }
}
