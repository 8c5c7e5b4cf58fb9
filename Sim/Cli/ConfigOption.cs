using FurnaceFw.Firmware.Config;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Config;

namespace FurnaceFw.Sim.Cli;

/// <summary>
/// --config FILE: the user's nf.config, through the device's own parser. A file with problems is not refused: the
/// problems are printed (FILE:LINE: key: problem) and the virtual furnace boots into ConfigFault, exactly as the
/// device would, so the user sees what the board will do (and the web page and I2C show the same problem).
/// Only a file that cannot be read at all is a usage error (exit 2): there is nothing to simulate.
/// </summary>
public static class ConfigOption
{
    /// <param name="options">With --http and no --http-pin, the file's http.pin becomes the web PIN (its http.port is
    /// the board's port; the Sim keeps listening where --http says).</param>
    /// <returns>The board options to run with, or null when the file cannot be read (the message is on stderr).</returns>
    public static BoardOptions? Apply(ref SimOptions options, BoardOptions board, SimConsole console)
    {
        if (options.ConfigPath == null)
        {
            return board;
        }

        NfConfigResult result;
        try
        {
            result = NfConfigFile.Load(options.ConfigPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot read config '{options.ConfigPath}': {e.Message}");
            return null;
        }

        foreach (string line in NfConfigFile.Describe(options.ConfigPath, result))
        {
            console.Error.WriteLine(line);
        }

        console.Out.WriteLine(result.IsValid
            ? $"config: {options.ConfigPath} ({BoardProfile.Name(result.Config.Board)}, {result.Config.Settings.ControlPeriodMs} ms period)"
            : $"config: {options.ConfigPath} has {result.Problems.Length} problem(s): the furnace boots into ConfigFault and will not heat");
        if (options.HttpPin == null && options.HttpPort != null && result.IsValid && result.Config.Network.HttpPin.Length > 0)
        {
            options = options with { HttpPin = result.Config.Network.HttpPin };
        }

        if (options.HttpPort != null && result.IsValid && result.Config.Network.WebHostname.Length > 0)
        {
            options = options with { HttpHostname = result.Config.Network.WebHostname };
        }

        return NfConfigFile.ApplyTo(board, result);
    }
}
