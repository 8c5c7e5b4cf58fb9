// Reference-only: nanoFramework.System.Net 1.11.54: network state without I/O. NetworkInterface's only public
// constructor takes the interface index; NetworkAvailabilityEventArgs has none; Wireless80211Configuration takes its
// uint id. NetworkHelperStatus (nanoFramework.Networking) lives in this assembly, used by System.Device.Wifi.
namespace System.Net.NetworkInformation
{
    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }

    public class NetworkInterface
    {
        public NetworkInterface(int index) { }

        public static bool GetIsNetworkAvailable() => throw null;

        public static NetworkInterface[] GetAllNetworkInterfaces() => throw null;

        public string IPv4Address => throw null;

        public string IPv4GatewayAddress => throw null;

        public string IPv4SubnetMask => throw null;

        public string[] IPv4DnsAddresses => throw null;

        public bool IsDhcpEnabled => throw null;

        public byte[] PhysicalAddress { get => throw null; set { } }

        public NetworkInterfaceType NetworkInterfaceType => throw null;

        public uint SpecificConfigId { get => throw null; set { } }

        public void EnableDhcp() => throw null;

        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) => throw null;

        public void RenewDhcpLease() => throw null;
    }

    public class NetworkAvailabilityEventArgs : EventArgs
    {
        internal NetworkAvailabilityEventArgs() { }

        public bool IsAvailable => throw null;
    }

    public delegate void NetworkAvailabilityChangedEventHandler(object sender, NetworkAvailabilityEventArgs e);

    public delegate void NetworkAddressChangedEventHandler(object sender, EventArgs e);

    public static class NetworkChange
    {
        public static event NetworkAvailabilityChangedEventHandler NetworkAvailabilityChanged;

        public static event NetworkAddressChangedEventHandler NetworkAddressChanged;
    }

    public class Wireless80211Configuration
    {
        public Wireless80211Configuration(uint id) { }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => throw null;

        public uint Id => throw null;

        public string Ssid { get => throw null; set { } }

        public string Password { get => throw null; set { } }

        public void SaveConfiguration() => throw null;
    }
}

namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None = 0,
        Started = 1,
        NetworkIsReady = 2,
        FailedNoNetworkInterface = 3,
        TokenExpiredWaitingIPAddress = 4,
        TokenExpiredWaitingDateTime = 5,
        ErrorConnetingToWiFiWhileScanning = 6,
        ExceptionOccurred = 7,
        Reconnecting = 8,
    }
}
