using System.Text.Json;

namespace FurnaceFw.FlashPlan;

/// <summary>What the user asked flash.ps1 to do.</summary>
public sealed record FlashRequest
{
    public required string Board { get; init; }

    /// <summary>Serial port (COM5, /dev/ttyACM0); needed by every step except a Pico firmware update (BOOTSEL drive).</summary>
    public string? Port { get; init; }

    /// <summary>What `nanoff --version` printed.</summary>
    public required string NanoffVersionOutput { get; init; }

    /// <summary>The app's deployment image; null for the rules' default build output.</summary>
    public string? Image { get; init; }

    /// <summary>The nf.config to put on the board; null to leave the board's file alone.</summary>
    public string? ConfigPath { get; init; }

    public string? WifiSsid { get; init; }

    public string? WifiPassword { get; init; }

    public bool SkipFirmware { get; init; }

    public bool SkipApp { get; init; }
}

/// <summary>One nanoff run: why, and its arguments.</summary>
public sealed record FlashCommand(string Step, IReadOnlyList<string> Arguments)
{
    /// <summary>The command line as printed by -WhatIf (arguments with spaces are double-quoted).</summary>
    public string CommandLine => "nanoff " + string.Join(" ", Arguments.Select(a => a.Contains(' ') ? "\"" + a + "\"" : a));
}

/// <summary>The commands plus the JSON files nanoff's file and network deployment read.</summary>
public sealed record FlashPlanResult(IReadOnlyList<FlashCommand> Commands, string? FilesJson, string? NetworkJson);

/// <summary>Builds the nanoff command lines from <see cref="FlashRules"/>, the same rules flash.ps1 follows.</summary>
public static class FlashPlanner
{
    public static FlashPlanResult Plan(FlashRules rules, FlashRequest request, string repoRoot, string filesJsonPath, string networkJsonPath,
        Func<string, bool> fileExists)
    {
        if (!rules.Boards.TryGetValue(request.Board, out BoardRule? board))
        {
            throw new FlashPlanException($"unknown board '{request.Board}' (known: {string.Join(", ", rules.Boards.Keys)})");
        }

        string syntax = rules.SyntaxFor(request.NanoffVersionOutput);
        IReadOnlyDictionary<string, string[]> templates = rules.Syntaxes[syntax];
        bool needsPort = (!request.SkipFirmware && board.FlashNeedsPort) || !request.SkipApp || request.ConfigPath != null
            || request.WifiSsid != null;
        if (needsPort && string.IsNullOrWhiteSpace(request.Port))
        {
            throw new FlashPlanException("no serial port: pass -Port (e.g. COM5 or /dev/ttyACM0); `nanoff --listports` lists them");
        }

        string image = request.Image ?? Path.Combine(repoRoot, rules.DefaultImage);
        if (!request.SkipApp && !fileExists(image))
        {
            throw new FlashPlanException($"no app image at '{image}': build FurnaceFw.Device.sln (Release) first, or pass -Image");
        }

        if (request.ConfigPath != null && !fileExists(request.ConfigPath))
        {
            throw new FlashPlanException($"no config file at '{request.ConfigPath}'");
        }

        var values = new Dictionary<string, string>
        {
            ["target"] = board.Target,
            ["port"] = request.Port ?? string.Empty,
            ["image"] = image,
            ["files"] = filesJsonPath,
            ["network"] = networkJsonPath,
        };
        var commands = new List<FlashCommand>();
        if (!request.SkipFirmware)
        {
            commands.Add(Expand("flash firmware", templates[board.FlashNeedsPort ? "flashWithPort" : "flashNoPort"], values));
        }

        if (!request.SkipApp)
        {
            commands.Add(Expand("deploy app", templates["deployApp"], values));
        }

        string? filesJson = null;
        if (request.ConfigPath != null)
        {
            filesJson = JsonSerializer.Serialize(new
            {
                SerialPort = request.Port,
                Files = new[] { new { FileName = rules.ConfigFileOnDevice, ContentFileName = Path.GetFullPath(request.ConfigPath) } },
            });
            commands.Add(Expand("deploy nf.config", templates["deployFiles"], values));
        }

        string? networkJson = null;
        if (request.WifiSsid != null)
        {
            networkJson = JsonSerializer.Serialize(new
            {
                SerialPort = request.Port,
                WirelessClient = new { Ssid = request.WifiSsid, Password = request.WifiPassword ?? string.Empty },
            });
            commands.Add(Expand("deploy Wi-Fi settings", templates["deployNetwork"], values));
        }

        return new FlashPlanResult(commands, filesJson, networkJson);
    }

    private static FlashCommand Expand(string step, string[] template, IReadOnlyDictionary<string, string> values) =>
        new(step, template.Select(argument => Substitute(argument, values)).ToArray());

    private static string Substitute(string argument, IReadOnlyDictionary<string, string> values)
    {
        foreach (KeyValuePair<string, string> value in values)
        {
            argument = argument.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal);
        }

        return argument;
    }
}
