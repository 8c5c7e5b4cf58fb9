using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Sim.Hardware;

/// <summary>Link flags as the Wi-Fi driver would hold them; flipped by scenarios to simulate flaps. The simulated
/// board's address is 127.0.0.1 (its web server listens on loopback) and its signal is unknown unless set.</summary>
public sealed class SimulatedLink : ILinkStatus
{
    public const int Loopback = 0x7F000001;

    private int _up = 1;
    private int _address = Loopback;
    private int _signalDbm = LinkSignal.Unknown;

    public bool IsUp
    {
        get => Volatile.Read(ref _up) != 0;
        set => Volatile.Write(ref _up, value ? 1 : 0);
    }

    /// <summary>The address the board holds while the link is up (0 while it is down).</summary>
    public int Ipv4Address
    {
        get => IsUp ? Volatile.Read(ref _address) : 0;
        set => Volatile.Write(ref _address, value);
    }

    public int SignalDbm
    {
        get => IsUp ? Volatile.Read(ref _signalDbm) : LinkSignal.Unknown;
        set => Volatile.Write(ref _signalDbm, value);
    }
}
