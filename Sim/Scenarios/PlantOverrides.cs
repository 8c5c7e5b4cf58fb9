using System.Globalization;
using System.Reflection;
using FurnaceFw.Sim.Plant;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// <c>plant element_w=4000 ambient_c=5</c>: overrides <see cref="PlantParameters"/> by snake_case property name,
/// so a scenario can model a different furnace. Every number must be finite and not negative.
/// </summary>
internal static class PlantOverrides
{
    private static readonly PropertyInfo[] Properties = typeof(PlantParameters).GetProperties()
        .Where(p => p.PropertyType == typeof(double) && p.CanWrite).ToArray();

    public static string Keys => string.Join(", ", Properties.Select(p => Keywords.Kebab(p.Name).Replace('-', '_')));

    public static PlantParameters Apply(PlantParameters plant, Words w)
    {
        if (w.AtEnd)
        {
            throw new ScenarioSyntaxException("'plant' needs key=value pairs, e.g. plant element_w=4000");
        }

        while (!w.AtEnd)
        {
            string pair = w.Next("key=value");
            int eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                throw new ScenarioSyntaxException($"bad plant parameter '{pair}' (expected key=value)");
            }

            string key = pair[..eq];
            PropertyInfo? property = Array.Find(Properties, p => Keywords.Kebab(p.Name).Replace('-', '_') == key)
                ?? throw new ScenarioSyntaxException($"unknown plant parameter '{key}' (expected {Keys})");
            if (!double.TryParse(pair.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                || !double.IsFinite(value) || value < 0)
            {
                throw new ScenarioSyntaxException($"bad number '{pair[(eq + 1)..]}' for plant {key} (expected a number ≥ 0)");
            }

            // Records are immutable: copy, then set the one property on the copy.
            plant = plant with { };
            property.SetValue(plant, value);
        }

        return plant;
    }
}
