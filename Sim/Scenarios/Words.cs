using System.Globalization;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>The tokens of one scenario line, consumed left to right with errors that say what was expected.</summary>
internal sealed class Words
{
    private readonly string[] _words;
    private readonly string _prefix;
    private int _next;

    /// <param name="prefix">Words of the line before these (when a line is parsed in parts), for messages.</param>
    public Words(string[] words, string prefix = "")
    {
        _words = words;
        _prefix = prefix;
    }

    public bool AtEnd => _next >= _words.Length;

    /// <summary>The words consumed so far, for messages ("fault sensor").</summary>
    public string Consumed => Join(_words.Take(_next));

    /// <summary>The words not consumed yet.</summary>
    public string[] Rest() => _words[_next..];

    /// <summary>The words after the last one (for looking ahead).</summary>
    public string? Peek(int ahead = 0) => _next + ahead < _words.Length ? _words[_next + ahead] : null;

    /// <summary>Un-takes the last word.</summary>
    public void Back() => _next = Math.Max(0, _next - 1);

    public string Next(string what)
    {
        if (AtEnd)
        {
            throw new ScenarioSyntaxException($"'{Consumed}' needs {what}");
        }

        return _words[_next++];
    }

    public bool TryTake(string word)
    {
        if (!AtEnd && _words[_next] == word)
        {
            _next++;
            return true;
        }

        return false;
    }

    public void Expect(string word)
    {
        string found = Next($"'{word}'");
        if (found != word)
        {
            throw new ScenarioSyntaxException($"expected '{word}' after '{Join(_words.Take(_next - 1))}', found '{found}'");
        }
    }

    public void End()
    {
        if (!AtEnd)
        {
            throw new ScenarioSyntaxException($"unexpected '{_words[_next]}' after '{Consumed}'");
        }
    }

    private string Join(IEnumerable<string> words) =>
        _prefix.Length == 0 ? string.Join(' ', words) : (_prefix + " " + string.Join(' ', words)).TrimEnd();

    public long Time(string what)
    {
        string word = Next(what);
        if (!ScenarioTime.TryParse(word, out long ms))
        {
            throw new ScenarioSyntaxException($"bad time '{word}' ({ScenarioTime.Examples})");
        }

        return ms;
    }

    public double Number(string what, double min, double max, string suffix = "")
    {
        string word = Next(what);
        string digits = suffix.Length > 0 && word.EndsWith(suffix, StringComparison.Ordinal) ? word[..^suffix.Length] : word;
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value))
        {
            throw new ScenarioSyntaxException($"bad number '{word}' for {what}");
        }

        if (value < min || value > max)
        {
            throw new ScenarioSyntaxException($"{what} {word} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    public int Integer(string what, int min, int max)
    {
        string word = Next(what);
        if (!int.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            throw new ScenarioSyntaxException($"bad number '{word}' for {what} (expected a whole number)");
        }

        if (value < min || value > max)
        {
            throw new ScenarioSyntaxException($"{what} {value} is outside {min}..{max}");
        }

        return value;
    }

    /// <summary>Takes one of <paramref name="choices"/>, or fails naming them all.</summary>
    public string OneOf(string what, params string[] choices)
    {
        string word = Next($"{what} ({string.Join(", ", choices)})");
        if (Array.IndexOf(choices, word) < 0)
        {
            throw new ScenarioSyntaxException($"unknown {what} '{word}' (expected {string.Join(", ", choices)})");
        }

        return word;
    }

    public TEnum Keyword<TEnum>(string what)
        where TEnum : struct, Enum
    {
        string word = OneOf(what, Keywords.All<TEnum>());
        Keywords.TryParse(word, out TEnum value);
        return value;
    }
}
