using FurnaceFw.Firmware.Config;
using FurnaceFw.Sim.Board;

namespace FurnaceFw.Sim.Config;

/// <summary>
/// Loads a user's nf.config into the virtual board with the device's own parser. An invalid file boots the
/// virtual furnace into ConfigFault, exactly as the device does, so the problem can be seen on the web page and
/// over I2C; the problems are also returned for the CLI to print.
/// </summary>
public static class NfConfigFile
{
    /// <summary>Reads and parses <paramref name="path"/>. The Sim accepts either board (its pins are only labels).</summary>
    /// <exception cref="IOException">The file cannot be read (the CLI reports it and exits 2).</exception>
    public static NfConfigResult Load(string path) =>
        NfConfigParser.Parse(File.ReadAllText(path), BoardKind.PicoW, boardIsFixed: false);

    /// <summary>The board options the file describes. Invalid: default settings and the first problem, so nothing heats.</summary>
    public static BoardOptions ApplyTo(BoardOptions options, NfConfigResult result)
    {
        PinConfiguration pins = result.Config.Pins;
        bool pinsDistinct = pins.ElementRelayPin != pins.CutoffRelayPin;
        return options with
        {
            Settings = result.IsValid ? result.Config.Settings : new FurnaceSettings(),
            ConfigProblem = result.FirstProblem,
            ElementPin = pinsDistinct ? pins.ElementRelayPin : options.ElementPin,
            CutoffPin = pinsDistinct ? pins.CutoffRelayPin : options.CutoffPin,
            RelaysActiveHigh = pins.RelaysActiveHigh,
        };
    }

    /// <summary>One line per problem, "file:line: key: problem".</summary>
    public static IEnumerable<string> Describe(string path, NfConfigResult result) =>
        result.Problems.Select(p => NfConfigResult.Format(path, p));
}
