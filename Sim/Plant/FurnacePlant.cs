namespace FurnaceFw.Sim.Plant;

/// <summary>
/// A three-node lumped model of a wood furnace with an electric element: firebox (refractory and gas, where
/// fuel burns and the element heats), body (shell and heat exchanger), and the thermocouple junction
/// (first-order lag behind the firebox). Fuel is wood (flaming: it gasifies and leaves char) and char
/// (embers: glows while warm, dies for good below <see cref="PlantParameters.EmberDeathC"/>). Live embers
/// relight fresh wood; dead ones need a match (<see cref="Ignite"/>) — which is why banking matters.
/// Integrated with explicit Euler; no sub-step exceeds 1 s (the time constants are minutes).
/// </summary>
public sealed class FurnacePlant
{
    private readonly PlantParameters _p;

    public FurnacePlant(PlantParameters parameters)
    {
        _p = parameters;
        FireboxC = BodyC = ProbeC = parameters.AmbientC;
    }

    public double FireboxC { get; private set; }

    public double BodyC { get; private set; }

    public double ProbeC { get; private set; }

    public double WoodKg { get; private set; }

    public double CharKg { get; private set; }

    /// <summary>Wood is burning with flames.</summary>
    public bool Flaming { get; private set; }

    /// <summary>Char is glowing. False once the embers have gone out.</summary>
    public bool EmbersAlive { get; private set; }

    /// <summary>Heat released by the fire in the last step, W.</summary>
    public double FireW { get; private set; }

    /// <summary>Fraction of rated element power actually delivered (fault injection: 0 = open element).</summary>
    public double ElementHealth { get; set; } = 1.0;

    /// <summary>Multiplies flue and shell losses (fault injection: a door left open).</summary>
    public double LossFactor { get; set; } = 1.0;

    public void LoadFuel(double kg)
    {
        if (kg < 0 || double.IsNaN(kg) || double.IsInfinity(kg))
        {
            throw new ArgumentOutOfRangeException(nameof(kg), kg, "fuel load must be a non-negative number of kg");
        }

        WoodKg += kg;
    }

    /// <summary>Lights the wood, as a match and kindling would. Does nothing without wood.</summary>
    public void Ignite()
    {
        if (WoodKg > _p.FlameOutKg)
        {
            Flaming = true;
            EmbersAlive = true;
        }
    }

    /// <summary>Advances the model.</summary>
    /// <param name="elementPowered">The element relay conducts and the cutoff is closed.</param>
    public void Step(double seconds, bool elementPowered)
    {
        while (seconds > 0)
        {
            double dt = Math.Min(seconds, 1.0);
            Integrate(dt, elementPowered);
            seconds -= dt;
        }
    }

    private void Integrate(double dt, bool elementPowered)
    {
        bool woodPresent = WoodKg > _p.FlameOutKg;
        if (woodPresent && (FireboxC >= _p.IgnitionC || (EmbersAlive && CharKg > 0 && FireboxC >= _p.EmberRelightC)))
        {
            Flaming = true;
        }

        if (!woodPresent)
        {
            Flaming = false;
        }

        double fire = 0;
        if (Flaming)
        {
            double fraction = _p.FlamingBaseFraction + (1 - _p.FlamingBaseFraction) * Ramp(FireboxC, _p.PyrolysisStartC, _p.PyrolysisFullC);
            double gasified = Math.Min(_p.PyrolysisRatePerS * WoodKg * fraction * dt, WoodKg);
            WoodKg -= gasified;
            CharKg += gasified * _p.CharYield;
            fire += gasified * _p.VolatileJPerKg / dt;
            EmbersAlive = true;
        }

        if (EmbersAlive)
        {
            double charBurnt = Math.Min(_p.CharRatePerS * CharKg * Ramp(FireboxC, _p.CharGlowStartC, _p.CharGlowFullC) * dt, CharKg);
            CharKg -= charBurnt;
            fire += charBurnt * _p.CharJPerKg / dt;
            if (!Flaming && FireboxC < _p.EmberDeathC)
            {
                EmbersAlive = false;
            }
        }

        FireW = fire;
        double element = elementPowered ? _p.ElementW * ElementHealth : 0;
        double toBody = _p.FireboxToBodyWPerK * (FireboxC - BodyC);
        double flue = _p.FlueLossWPerK * LossFactor * (FireboxC - _p.AmbientC);
        double shell = _p.BodyLossWPerK * LossFactor * (BodyC - _p.AmbientC);

        FireboxC += (fire + element - toBody - flue) * dt / _p.FireboxCapacityJPerK;
        BodyC += (toBody - shell) * dt / _p.BodyCapacityJPerK;
        ProbeC += (FireboxC - ProbeC) * dt / _p.ProbeTimeConstantS;
    }

    private static double Ramp(double t, double start, double full) => Math.Clamp((t - start) / (full - start), 0, 1);
}
