using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Sim.Hardware;

/// <summary>Link flags as the Wi-Fi driver would hold them; flipped by scenarios to simulate flaps.</summary>
public sealed class SimulatedLink : ILinkStatus
{
    private volatile bool _up = true;

    public bool IsUp
    {
        get => _up;
        set => _up = value;
    }
}
