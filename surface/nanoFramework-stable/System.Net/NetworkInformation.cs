// Reference-only: nanoFramework.System.Net NetworkInformation (declarations only). GetIsNetworkAvailable and the
// interface properties read driver state; nothing here opens a connection.
namespace System.Net.NetworkInformation
{
    public enum NetworkInterfaceType { Unknown = 1, Ethernet = 6, Wireless80211 = 71, WirelessAP = 72 }

    public class NetworkInterface
    {
        public static bool GetIsNetworkAvailable() => throw null;
        public static NetworkInterface[] GetAllNetworkInterfaces() => throw null;
        public string IPv4Address => throw null;
        public string IPv4GatewayAddress => throw null;
        public string IPv4SubnetMask => throw null;
        public string[] IPv4DnsAddresses => throw null;
        public bool IsDhcpEnabled => throw null;
        public byte[] PhysicalAddress { get => throw null; set { } }
        public NetworkInterfaceType NetworkInterfaceType => throw null;
        public uint SpecificConfigId => throw null;
        public void EnableDhcp() => throw null;
        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) => throw null;
        public void RenewDhcpLease() => throw null;
    }

    public class NetworkAvailabilityEventArgs : EventArgs
    {
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
        [Flags]
        public enum ConfigurationOptions : byte { None = 0, Disable = 1, Enable = 2, AutoConnect = 6, SmartConfig = 8 }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => throw null;
        public uint Id => throw null;
        public string Ssid { get => throw null; set { } }
        public string Password { get => throw null; set { } }
        public ConfigurationOptions Options { get => throw null; set { } }
        public void SaveConfiguration() => throw null;
    }
}
