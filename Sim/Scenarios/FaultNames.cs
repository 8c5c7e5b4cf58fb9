using FurnaceFw.Protocol;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>Scenario and status-line names of the latched fault bits.</summary>
public static class FaultNames
{
    public static readonly (string Name, int Flag)[] Latched =
    {
        ("over-temperature", FaultFlags.OverTemperature),
        ("sensor-fault", FaultFlags.SensorFault),
        ("heating-failed", FaultFlags.HeatingFailed),
        ("thermal-runaway", FaultFlags.ThermalRunaway),
        ("boot-loop", FaultFlags.BootLoop),
    };

    public static string Expected => string.Join(", ", Latched.Select(f => f.Name));

    public static bool TryParse(string word, out int flag)
    {
        foreach ((string name, int bit) in Latched)
        {
            if (name == word)
            {
                flag = bit;
                return true;
            }
        }

        flag = 0;
        return false;
    }

    /// <summary>"over-temperature+sensor-fault", or "none".</summary>
    public static string Describe(int faults)
    {
        var names = new List<string>();
        foreach ((string name, int bit) in Latched)
        {
            if ((faults & bit) != 0)
            {
                names.Add(name);
            }
        }

        if ((faults & FaultFlags.SensorSuspect) != 0)
        {
            names.Add("sensor-suspect");
        }

        if ((faults & FaultFlags.ConfigInvalid) != 0)
        {
            names.Add("config-invalid");
        }

        if ((faults & FaultFlags.ButtonStuck) != 0)
        {
            names.Add("button-stuck");
        }

        return names.Count == 0 ? "none" : string.Join("+", names);
    }
}
