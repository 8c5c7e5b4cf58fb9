using System.CommandLine;
using FurnaceFw.Host;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Furnacectl;

/// <summary>Commands that change the controller: set, reset-latch.</summary>
internal static class ControlCommands
{
    public static Command Set(CliContext c)
    {
        var name = new Argument<string>("register") { Description = "Writable register: Setpoint, Mode, HostWatchdogTimeout, ClearErrors" };
        var value = new Argument<string>("value") { Description = "In the register's unit (150 = 150 °C), an enum name (heat), or raw:N" };
        var command = new Command("set", "Write one register (with PEC) and wait for the controller's verdict") { name, value };
        command.SetAction(parse => c.Execute(parse, client =>
        {
            RegisterDefinition register = ReadCommands.Lookup(parse.GetValue(name)!);
            int raw = RegisterFormatter.Parse(register, parse.GetValue(value)!);
            CommandResult result = client.Write(register, raw);
            c.Output.WriteLine($"{register.Name} = {RegisterFormatter.Format(register, raw)} ({result})");
            return 0;
        }));
        return command;
    }

    public static Command ResetLatch(CliContext c)
    {
        var token = new Option<int>("--token") { Description = "Arm/confirm token 1..65535 (random by default)" };
        var command = new Command("reset-latch", "Clear a latched trip: arm, then confirm (refused unless cool and the sensor is valid)") { token };
        command.SetAction(parse => c.Execute(parse, client =>
        {
            if (client.Read(RegisterMap.Find("Latched")!) == 0)
            {
                c.Output.WriteLine("no trip is latched; nothing to reset");
                return 0;
            }

            int t = parse.GetValue(token);
            if (t < 1 || t > 65535)
            {
                t = Random.Shared.Next(1, 65536);
            }

            client.ResetLatch(t);
            c.Output.WriteLine("latch reset: " + RegisterFormatter.Format(RegisterMap.Find("State")!, client.Read(RegisterMap.Find("State")!)));
            return 0;
        }));
        return command;
    }
}
