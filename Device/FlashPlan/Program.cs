using FurnaceFw.FlashPlan;

// dotnet run --project Device/FlashPlan -- --board pico_w --port /dev/ttyACM0 --nanoff-version 2.5.126 [--config nf.config]
// Prints the nanoff commands flash.ps1 -WhatIf prints, from the same flash.rules.json, and writes the deployment JSON they
// read into the same temp folder, so the commands can be pasted where PowerShell is missing. Exit 2 on a usage or plan error.
var arguments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
for (int i = 0; i < args.Length; i++)
{
    if (args[i] is "--skip-firmware" or "--skip-app")
    {
        flags.Add(args[i]);
    }
    else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        arguments[args[i]] = args[++i];
    }
    else
    {
        Console.Error.WriteLine($"error: unexpected argument '{args[i]}'");
        return 2;
    }
}

string root = arguments.GetValueOrDefault("--repo", Directory.GetCurrentDirectory());
try
{
    FlashRules rules = FlashRules.Load(Path.Combine(root, FlashRules.FileName));
    FlashPlanResult plan = FlashPlanner.Plan(rules, new FlashRequest
    {
        Board = arguments.GetValueOrDefault("--board", "pico_w"),
        Port = arguments.GetValueOrDefault("--port"),
        NanoffVersionOutput = arguments.GetValueOrDefault("--nanoff-version", string.Empty),
        Image = arguments.GetValueOrDefault("--image"),
        ConfigPath = arguments.GetValueOrDefault("--config"),
        WifiSsid = arguments.GetValueOrDefault("--wifi-ssid"),
        WifiPassword = arguments.GetValueOrDefault("--wifi-password"),
        SkipFirmware = flags.Contains("--skip-firmware"),
        SkipApp = flags.Contains("--skip-app"),
    }, root, Path.Combine(Path.GetTempPath(), rules.JsonDirectory, "nf-files.json"), Path.Combine(Path.GetTempPath(), rules.JsonDirectory, "nf-network.json"),
        File.Exists);
    Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), rules.JsonDirectory));
    if (plan.FilesJson != null)
    {
        File.WriteAllText(Path.Combine(Path.GetTempPath(), rules.JsonDirectory, "nf-files.json"), plan.FilesJson);
    }

    if (plan.NetworkJson != null)
    {
        File.WriteAllText(Path.Combine(Path.GetTempPath(), rules.JsonDirectory, "nf-network.json"), plan.NetworkJson);
    }

    foreach (FlashCommand command in plan.Commands)
    {
        Console.WriteLine(command.CommandLine);
    }

    return 0;
}
catch (FlashPlanException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
