using System.Globalization;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Scenarios;

namespace FurnaceFw.Sim.Cli;

/// <summary>One compact line describing the live furnace, from the firmware's snapshot and the plant; the most
/// important fields first, because a narrow terminal cuts the end off.</summary>
public static class StatusLine
{
    public static string Format(ControllerSnapshot s, VirtualBoard board, long uptimeMs)
    {
        string temperature = s.CycleCount == 0 ? "booting"
            : s.SensorStatus == SensorStatus.Ok
            ? (s.TemperatureQuarterC / 4.0).ToString("0.00", CultureInfo.InvariantCulture) + "°C"
            : "sensor " + Keywords.Of(s.SensorStatus);
        string setpoint = (s.SetpointQuarterC / 4.0).ToString("0.##", CultureInfo.InvariantCulture);
        string element = board.ElementRelayEnergized ? "ON " : "off";
        // Shouted only when it is open because of a trip; idle opens it by design.
        string cutoff = board.CutoffRelayEnergized ? "closed" : s.IsLatched ? "OPEN" : "open";
        string fire = board.Plant.EmbersAlive ? "alive" : "out";
        long seconds = uptimeMs / 1000;
        return string.Create(CultureInfo.InvariantCulture,
            $"{temperature,8} set {setpoint,-3} {Keywords.Of(s.State)} ({Keywords.Of(s.LastReason)})  element {element} cutoff {cutoff}  "
            + $"faults {FaultNames.Describe(s.Faults)}  wd resets {board.WatchdogResets}  up {seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}  "
            + $"wood {board.Plant.WoodKg:0.0}kg char {board.Plant.CharKg:0.00}kg embers {fire}");
    }
}
