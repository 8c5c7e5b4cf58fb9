using FurnaceFw.Host;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Mqtt;

/// <summary>
/// One poll's values, all from one <see cref="RegisterSnapshot"/> (one block read, one control snapshot: never torn).
/// A temperature the controller marks invalid (SensorStatus not Ok) or that lies outside a type K thermocouple's
/// physical range is <c>null</c>, never a number; so is a setpoint outside the register's range. Enum values this host
/// does not know (a newer firmware) are kept as their number and shown as "Unknown(N)".
/// </summary>
public sealed class FurnaceReading
{
    /// <summary>Type K thermocouple range: a reading outside it is not a temperature, whatever the sensor status says.</summary>
    public const int MinPhysicalQuarterC = -270 * 4;
    public const int MaxPhysicalQuarterC = 1372 * 4;

    private FurnaceReading()
    {
    }

    public int? TemperatureQuarterC { get; private init; }

    public int SensorStatusCode { get; private init; }

    public int StateCode { get; private init; }

    public int? ModeCode { get; private init; }

    public int? SetpointQuarterC { get; private init; }

    public int? SetpointMinQuarterC { get; private init; }

    public int? SetpointMaxQuarterC { get; private init; }

    public bool ElementOn { get; private init; }

    public bool CutoffClosed { get; private init; }

    public bool Latched { get; private init; }

    public int Faults { get; private init; }

    public int WatchdogResets { get; private init; }

    public int? HostLinkCode { get; private init; }

    public int LastReasonCode { get; private init; }

    public long UptimeS { get; private init; }

    public long CycleCount { get; private init; }

    public bool ConfigFault => StateCode == (int)FurnaceState.ConfigFault || (Faults & FaultFlags.ConfigInvalid) != 0;

    public string SensorStatusText => Name(typeof(SensorStatus), SensorStatusCode);

    public string StateText => Name(typeof(FurnaceState), StateCode);

    public string? HostLinkText => HostLinkCode is int code ? Name(typeof(HostLinkMode), code) : null;

    public string LastReasonText => Name(typeof(ReasonCode), LastReasonCode);

    /// <summary>Home Assistant's HVAC mode: "heat", "off", or null for a mode this host does not know.</summary>
    public string? HvacMode => ModeCode switch
    {
        (int)ControlMode.Heat => "heat",
        (int)ControlMode.Off => "off",
        _ => null,
    };

    /// <summary>
    /// Home Assistant's HVAC action: "heating" while the element is energised; "idle" while the furnace wants or keeps
    /// heat (heat mode, or banking embers) with the element off; "off" otherwise (mode off, tripped, config fault).
    /// </summary>
    public string HvacAction
    {
        get
        {
            if (ElementOn)
            {
                return "heating";
            }

            bool keepsHeat = StateCode == (int)FurnaceState.Banking
                || (ModeCode == (int)ControlMode.Heat && StateCode is (int)FurnaceState.Heating or (int)FurnaceState.Idle);
            return keepsHeat ? "idle" : "off";
        }
    }

    /// <summary>Fault flag names, unknown bits as "Bit(N)".</summary>
    public IReadOnlyList<string> FaultNames
    {
        get
        {
            var names = new List<string>();
            for (int bit = 0; bit < 16; bit++)
            {
                int mask = 1 << bit;
                if ((Faults & mask) != 0)
                {
                    names.Add(mask switch
                    {
                        FaultFlags.OverTemperature => "OverTemperature",
                        FaultFlags.SensorFault => "SensorFault",
                        FaultFlags.HeatingFailed => "HeatingFailed",
                        FaultFlags.ThermalRunaway => "ThermalRunaway",
                        FaultFlags.SensorSuspect => "SensorSuspect",
                        FaultFlags.ConfigInvalid => "ConfigInvalid",
                        _ => $"Bit({bit})",
                    });
                }
            }

            return names;
        }
    }

    /// <summary>Decodes a snapshot. Throws <see cref="FurnaceException"/> (NotSupported) if the controller offers no status block.</summary>
    public static FurnaceReading From(RegisterSnapshot snapshot)
    {
        int? status = snapshot.TryRaw("SensorStatus");
        int? state = snapshot.TryRaw("State");
        if (status is null || state is null)
        {
            throw new FurnaceException(ExitCode.NotSupported,
                $"the controller (firmware {snapshot.Identity.FirmwareVersionText}) offers no status block (capability bit 0): nothing to bridge");
        }

        int rawTemperature = snapshot.TryRaw("Temperature") ?? int.MinValue;
        bool temperatureValid = status == (int)SensorStatus.Ok && rawTemperature is >= MinPhysicalQuarterC and <= MaxPhysicalQuarterC;
        int relays = snapshot.TryRaw("Relays") ?? 0;
        return new FurnaceReading
        {
            TemperatureQuarterC = temperatureValid ? rawTemperature : null,
            SensorStatusCode = status.Value,
            StateCode = state.Value,
            ModeCode = snapshot.TryRaw("Mode"),
            SetpointQuarterC = InWriteRange(snapshot.TryRaw("Setpoint")),
            SetpointMinQuarterC = InWriteRange(snapshot.TryRaw("SetpointMin")),
            SetpointMaxQuarterC = InWriteRange(snapshot.TryRaw("SetpointMax")),
            ElementOn = (relays & 1) != 0,
            CutoffClosed = (relays & 2) != 0,
            Latched = (snapshot.TryRaw("Latched") ?? 0) != 0,
            Faults = snapshot.TryRaw("Faults") ?? 0,
            WatchdogResets = snapshot.TryRaw("WatchdogResets") ?? 0,
            HostLinkCode = snapshot.TryRaw("HostLink"),
            LastReasonCode = snapshot.TryRaw("LastReason") ?? 0,
            UptimeS = (uint)(snapshot.TryRaw("Uptime") ?? 0),
            CycleCount = (uint)(snapshot.TryRaw("CycleCount") ?? 0),
        };
    }

    /// <summary>Setpoint registers are valid only within the Setpoint register's own write range.</summary>
    private static int? InWriteRange(int? raw)
    {
        RegisterDefinition setpoint = RegisterMap.Find("Setpoint")!;
        return raw is int value && setpoint.AcceptsRaw(value) ? value : null;
    }

    private static string Name(Type type, int code) =>
        Enum.IsDefined(type, Enum.ToObject(type, code)) ? Enum.GetName(type, Enum.ToObject(type, code))! : $"Unknown({code})";
}
