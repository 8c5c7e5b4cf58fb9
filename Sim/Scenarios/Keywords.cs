using System.Text;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// Enum values as scenario words: <c>OverTemperature</c> is <c>over-temperature</c>. One rule for states,
/// reasons and command results, so a new enum member is a new word with no parser change.
/// </summary>
public static class Keywords
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value.ToString());

    public static string[] All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => Of(v)).ToArray();

    public static bool TryParse<TEnum>(string word, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (TEnum candidate in Enum.GetValues<TEnum>())
        {
            if (Of(candidate) == word)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Kebab(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(pascal[i]));
        }

        return text.ToString();
    }
}
