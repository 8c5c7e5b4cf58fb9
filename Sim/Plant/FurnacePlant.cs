namespace FurnaceFw.Sim.Plant;

/// <summary>
/// A three-node lumped model of a wood furnace with an electric element: firebox (refractory and gas, where
/// fuel burns and the element heats), body (shell and heat exchanger), and the thermocouple junction
/// (first-order lag behind the firebox). Fuel is tracked as wood (pyrolysing) and char (embers).
/// Integrated with explicit Euler; the step is split so no sub-step exceeds 1 s (τ are minutes).
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

    /// <summary>False once the embers have gone out; set again by ignition.</summary>
    public bool EmbersAlive { get; private set; }

    /// <summary>Heat released by the fire in the last step, W.</summary>
    public double FireW { get; private set; }

    /// <summary>Fraction of rated element power actually delivered (fault injection: 0 = open element).</summary>
    public double ElementHealth { get; set; } = 1.0;

    /// <summary>Multiplies flue and shell losses (fault injection: a door left open).</summary>
    public double LossFactor { get; set; } = 1.0;

    public void LoadFuel(double kg)
    {
        if (kg < 0 || double.IsNaN(kg))
        {
            throw new ArgumentOutOfRangeException(nameof(kg), kg, "fuel load must be a non-negative number of kg");
        }

        WoodKg += kg;
    }

    /// <summary>Lights the fire, as a match would: the firebox is raised to ignition temperature.</summary>
    public void Ignite()
    {
        FireboxC = Math.Max(FireboxC, _p.IgnitionC);
        EmbersAlive = true;
    }

    /// <summary>Advances the model.</summary>
    /// <param name="elementPowered">The element relay energized and the cutoff closed.</param>
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
        if (FireboxC >= _p.IgnitionC && (WoodKg > 0 || CharKg > 0))
        {
            EmbersAlive = true;
        }

        double fire = 0;
        if (EmbersAlive)
        {
            double gasified = _p.PyrolysisRatePerS * WoodKg * Ramp(FireboxC, _p.PyrolysisStartC, _p.PyrolysisFullC) * dt;
            gasified = Math.Min(gasified, WoodKg);
            WoodKg -= gasified;
            CharKg += gasified * _p.CharYield;
            fire += gasified * _p.VolatileJPerKg / dt;

            double charBurnt = _p.CharRatePerS * CharKg * Ramp(FireboxC, _p.CharGlowStartC, _p.CharGlowFullC) * dt;
            charBurnt = Math.Min(charBurnt, CharKg);
            CharKg -= charBurnt;
            fire += charBurnt * _p.CharJPerKg / dt;

            if (FireboxC < _p.EmberDeathC)
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
