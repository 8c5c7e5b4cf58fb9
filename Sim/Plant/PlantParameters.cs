namespace FurnaceFw.Sim.Plant;

/// <summary>
/// Constants of the lumped furnace model. Values are estimates in the ranges of
/// shared/reference/web-server-and-simulation.md §4 (firebrick firebox 20–40 kJ/K, steel shell 60–100 kJ/K,
/// 15 MJ/kg wood at ~20 % moisture, char ~20 % of dry mass at ~30 MJ/kg, embers alive 4–6 h).
/// </summary>
public sealed record PlantParameters
{
    public double AmbientC { get; init; } = 20;

    /// <summary>Firebox refractory and gas, J/K (≈ 33 kg firebrick × 900 J/kg·K).</summary>
    public double FireboxCapacityJPerK { get; init; } = 30_000;

    /// <summary>Steel shell and heat exchanger, J/K (≈ 160 kg × 500 J/kg·K).</summary>
    public double BodyCapacityJPerK { get; init; } = 80_000;

    public double FireboxToBodyWPerK { get; init; } = 25;

    /// <summary>Flue loss from the firebox.</summary>
    public double FlueLossWPerK { get; init; } = 6;

    /// <summary>Shell to room (convection plus linearised radiation at 150–250 °C).</summary>
    public double BodyLossWPerK { get; init; } = 25;

    /// <summary>Element power when both relays let it run. Alone it holds the firebox near 340 °C, so every
    /// allowed setpoint is reachable without fuel.</summary>
    public double ElementW { get; init; } = 6_000;

    /// <summary>Sheathed thermocouple lag behind the firebox, s.</summary>
    public double ProbeTimeConstantS { get; init; } = 20;

    /// <summary>Pyrolysis rate at full temperature, 1/s: a 4 kg load peaks near 7 kW and averages ~3.5 kW over 3 h.</summary>
    public double PyrolysisRatePerS { get; init; } = 1.0 / 4500;

    /// <summary>A flaming load gasifies at this fraction of the full rate even in a cold firebox (the flame heats the wood).</summary>
    public double FlamingBaseFraction { get; init; } = 0.7;

    public double PyrolysisStartC { get; init; } = 100;

    public double PyrolysisFullC { get; init; } = 300;

    /// <summary>Glowing embers relight fresh wood once the firebox is at least this warm.</summary>
    public double EmberRelightC { get; init; } = 90;

    /// <summary>Heat from the volatile part, per kg of wood gasified (2/3 of ~15 MJ/kg, net of drying).</summary>
    public double VolatileJPerKg { get; init; } = 10e6;

    public double CharYield { get; init; } = 0.2;

    public double CharJPerKg { get; init; } = 30e6;

    /// <summary>Char burn rate at full temperature, 1/s: 0.7 kg smoulders at ~1 kW.</summary>
    public double CharRatePerS { get; init; } = 4.8e-5;

    public double CharGlowStartC { get; init; } = 60;

    public double CharGlowFullC { get; init; } = 250;

    /// <summary>Below this the embers go out for good, and only a fresh ignition relights them.</summary>
    public double EmberDeathC { get; init; } = 70;

    /// <summary>Firebox temperature at which wood ignites by itself.</summary>
    public double IgnitionC { get; init; } = 300;

    /// <summary>Below this much wood the flames are out and only embers remain.</summary>
    public double FlameOutKg { get; init; } = 0.05;
}
