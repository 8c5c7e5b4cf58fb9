using System.Globalization;
using System.Text;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>Durations as scenario files write them: <c>250ms</c>, <c>30s</c>, <c>20m</c>, <c>2h</c>, <c>1h30m</c>, <c>1.5s</c>.</summary>
public static class ScenarioTime
{
    public const string Examples = "e.g. 500ms, 30s, 20m, 2h, 1h30m";

    /// <summary>Parses a duration into milliseconds; false when it is not one.</summary>
    public static bool TryParse(string text, out long ms)
    {
        ms = 0;
        int i = 0;
        bool any = false;
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (i == start || !decimal.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                return false;
            }

            int unitStart = i;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }

            decimal scale = text.Substring(unitStart, i - unitStart) switch
            {
                "ms" => 1m,
                "s" => 1000m,
                "m" => 60_000m,
                "h" => 3_600_000m,
                _ => 0m,
            };
            decimal part = value * scale;
            if (scale == 0 || part != decimal.Truncate(part) || part > 365m * 24 * 3_600_000)
            {
                return false;
            }

            ms += (long)part;
            any = true;
        }

        return any;
    }

    /// <summary>Formats milliseconds the way a scenario would write them, e.g. <c>1h2m3.25s</c>.</summary>
    public static string Format(long ms)
    {
        if (ms == 0)
        {
            return "0s";
        }

        var text = new StringBuilder();
        if (ms < 0)
        {
            text.Append('-');
            ms = -ms;
        }

        long hours = ms / 3_600_000;
        long minutes = ms / 60_000 % 60;
        long millis = ms % 60_000;
        if (hours > 0)
        {
            text.Append(hours).Append('h');
        }

        if (minutes > 0)
        {
            text.Append(minutes).Append('m');
        }

        if (millis > 0)
        {
            text.Append((millis / 1000m).ToString("0.###", CultureInfo.InvariantCulture)).Append('s');
        }

        return text.ToString();
    }
}
