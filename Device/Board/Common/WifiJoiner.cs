using System;
using System.Device.Wifi;
using System.Diagnostics;
using FurnaceFw.Firmware.Config;
using nanoFramework.Networking;

namespace FurnaceFw.Device.Board
{
    /// <summary>
    /// Joins the Wi-Fi network named in nf.config, on the network thread only (ConnectDhcp blocks, scans and may
    /// disconnect: it must never run where the control loop or the link check could wait on it). With no SSID in
    /// nf.config the device keeps the network stored in its configuration block (nanoff "deploy network").
    /// </summary>
    public static class WifiJoiner
    {
        /// <summary>Returns true when a join was attempted and succeeded, false when it failed or was not needed.</summary>
        public static bool JoinIfConfigured(NetworkConfiguration network)
        {
            if (network.WifiSsid.Length == 0)
            {
                return false;
            }

            try
            {
                bool joined = WifiNetworkHelper.ConnectDhcp(network.WifiSsid, network.WifiPassword, WifiReconnectionKind.Automatic);
                Debug.WriteLine("wifi: " + (joined ? "joined " : "could not join ") + network.WifiSsid);
                return joined;
            }
            catch (Exception e)
            {
                Debug.WriteLine("wifi: join failed: " + e.Message);
                return false;
            }
        }
    }
}
