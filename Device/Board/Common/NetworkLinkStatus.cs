using System;
using System.Net.NetworkInformation;
using FurnaceFw.Firmware.Network;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board
{
    /// <summary>
    /// Link state from what lwIP already knows: NetworkInterface.GetIsNetworkAvailable() (netif link flag), the
    /// interface's IPv4 address, and the NetworkChange events. Never opens a connection. <see cref="IsUp"/> reads the
    /// tracker only, so the control cycle never waits on the network stack; <see cref="Refresh"/> runs on the event
    /// thread and on the network thread.
    /// </summary>
    public sealed class NetworkLinkStatus : ILinkStatus
    {
        private readonly LinkStateTracker _tracker = new LinkStateTracker();

        public bool IsUp => _tracker.IsUp;

        public int Ipv4Address => _tracker.Ipv4Address;

        /// <summary>Unknown (-1) until the board feeds <see cref="LinkStateTracker.UpdateSignal"/> from the Wi-Fi
        /// driver's RSSI (not yet wired: docs/device.md).</summary>
        public int SignalDbm => _tracker.SignalDbm;

        public int ChangeCount => _tracker.ChangeCount;

        /// <summary>Subscribes to the driver's events and takes the first reading.</summary>
        public void Start()
        {
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
            NetworkChange.NetworkAddressChanged += OnAddressChanged;
            Refresh();
        }

        /// <summary>Re-reads the driver state (cheap: no I/O). Called periodically in case an event was missed.</summary>
        public void Refresh()
        {
            try
            {
                _tracker.Update(NetworkInterface.GetIsNetworkAvailable(), FirstAddress());
            }
            catch (Exception)
            {
                _tracker.Update(false, null);
            }
        }

        private static string FirstAddress()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                string address = interfaces[i].IPv4Address;
                if (LinkStateTracker.HasAddress(address))
                {
                    return address;
                }
            }

            return null;
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e) => Refresh();

        private void OnAddressChanged(object sender, EventArgs e) => Refresh();
    }
}
