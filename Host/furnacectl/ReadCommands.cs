using System.CommandLine;
using FurnaceFw.Host;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Furnacectl;

/// <summary>Commands that only read: info, status, get, watch.</summary>
internal static class ReadCommands
{
    public static Command Info(CliContext c)
    {
        var command = new Command("info", "Identity, versions and capabilities of the controller");
        command.SetAction(parse => c.Execute(parse, client =>
        {
            DeviceIdentity id = client.Identity;
            var capabilities = RegisterMap.Find("Capabilities")!;
            c.Output.WriteLine($"device            FurnaceFw controller at {client.Where}");
            c.Output.WriteLine($"firmware          {id.FirmwareVersionText}");
            c.Output.WriteLine($"protocol          {id.ProtocolMajor}.{id.ProtocolMinor} (furnacectl speaks {DeviceIdentity.SupportedMajor}.{RegisterMap.ProtocolMinor})");
            c.Output.WriteLine($"capabilities      {RegisterFormatter.Format(capabilities, (int)id.Capabilities)}");
            if (id.UnknownCapabilities != 0)
            {
                c.Output.WriteLine($"                  0x{id.UnknownCapabilities:X} unknown to this furnacectl (newer firmware): ignored");
            }

            c.Output.WriteLine($"registers         {id.RegisterCount} in firmware, {RegisterMap.All.Count(id.Supports)} usable here, image {id.ImageLength} bytes");
            return 0;
        }));
        return command;
    }

    public static Command Status(CliContext c)
    {
        var json = new Option<bool>("--json") { Description = "Machine-readable output" };
        var command = new Command("status", "Every register the controller offers, from one consistent snapshot") { json };
        command.SetAction(parse => c.Execute(parse, client =>
        {
            RegisterSnapshot snapshot = client.ReadAll();
            if (parse.GetValue(json))
            {
                c.Output.WriteLine(StatusJson.Render(snapshot, client.Where));
                return 0;
            }

            foreach (RegisterDefinition register in snapshot.Registers.Where(r => r.Address >= RegisterAddress.StatusBlock))
            {
                c.Output.WriteLine($"{register.Name,-22} {snapshot.Text(register)}");
            }

            return 0;
        }));
        return command;
    }

    public static Command Get(CliContext c)
    {
        var name = new Argument<string>("register") { Description = "Register name (see `furnacectl status`)" };
        var raw = new Option<bool>("--raw") { Description = "Print the raw integer" };
        var command = new Command("get", "Read one register") { name, raw };
        command.SetAction(parse => c.Execute(parse, client =>
        {
            RegisterDefinition register = Lookup(parse.GetValue(name)!);
            int value = client.Read(register);
            c.Output.WriteLine(parse.GetValue(raw) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : RegisterFormatter.Format(register, value));
            return 0;
        }));
        return command;
    }

    public static Command Watch(CliContext c)
    {
        var interval = new Option<int>("--interval-ms") { Description = "Time between lines", DefaultValueFactory = _ => 1000 };
        var count = new Option<int>("--count") { Description = "Stop after N lines (0 = until Ctrl+C)", DefaultValueFactory = _ => 0 };
        var command = new Command("watch", "One status line per interval") { interval, count };
        command.SetAction(parse => c.Execute(parse, client =>
        {
            using var stop = new StopSignal();
            string[] columns = { "State", "Temperature", "Setpoint", "Mode", "Relays", "Faults", "HostLink" };
            for (int line = 0; parse.GetValue(count) == 0 || line < parse.GetValue(count); line++)
            {
                RegisterSnapshot s = client.ReadStatus();
                var parts = columns.Select(RegisterMap.Find).Where(r => r != null && s.Registers.Contains(r)).Select(r => $"{r!.Name}={s.Text(r)}");
                c.Output.WriteLine($"{DateTime.Now:HH:mm:ss} {string.Join("  ", parts)}");
                if (stop.Wait(TimeSpan.FromMilliseconds(Math.Max(50, parse.GetValue(interval)))))
                {
                    break;
                }
            }

            return 0;
        }));
        return command;
    }

    public static RegisterDefinition Lookup(string name) =>
        RegisterMap.Find(name) ?? throw new FurnaceException(ExitCode.Usage,
            $"unknown register '{name}'; known: {string.Join(", ", RegisterMap.All.Select(r => r.Name))}");
}
