using System.CommandLine;
using System.Globalization;
using FurnaceFw.Host;
using FurnaceFw.Host.Transport;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Furnacectl;

/// <summary>Options every command takes: where the controller is and how patient to be with the bus.</summary>
internal sealed class GlobalOptions
{
    public Option<int> Bus { get; } = new("--bus") { Description = "Linux I2C bus number (/dev/i2c-N)", DefaultValueFactory = _ => 1, Recursive = true };

    public Option<string> Address { get; } = new("--address")
    {
        Description = $"7-bit controller address (default 0x{RegisterMap.DefaultAddress:X2})",
        DefaultValueFactory = _ => $"0x{RegisterMap.DefaultAddress:X2}",
        Recursive = true,
    };

    public Option<string?> Sim { get; } = new("--sim")
    {
        Description = $"Talk to a running simulator instead of hardware: [HOST:PORT] (default 127.0.0.1:{SimBusFrame.DefaultPort})",
        Arity = ArgumentArity.ZeroOrOne,
        Recursive = true,
    };

    public Option<bool> Separate { get; } = new("--separate")
    {
        Description = "Pointer write and read as separate transactions (ESP32 targets)",
        Recursive = true,
    };

    public Option<int> TimeoutMs { get; } = new("--timeout-ms") { Description = "Per-transfer timeout", DefaultValueFactory = _ => 500, Recursive = true };

    public Option<int> Retries { get; } = new("--retries") { Description = "Attempts per transfer", DefaultValueFactory = _ => 3, Recursive = true };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Bus);
        root.Options.Add(Address);
        root.Options.Add(Sim);
        root.Options.Add(Separate);
        root.Options.Add(TimeoutMs);
        root.Options.Add(Retries);
    }

    /// <summary>Opens the transport and probes the controller (identity first, once).</summary>
    public FurnaceClient Connect(ParseResult parse)
    {
        int address = ParseAddress(parse.GetValue(Address)!);
        var timeout = TimeSpan.FromMilliseconds(Math.Clamp(parse.GetValue(TimeoutMs), 10, 60_000));
        II2cTransport raw;
        if (parse.GetResult(Sim) != null)
        {
            var (host, port) = SimSocketTransport.ParseEndpoint(parse.GetValue(Sim));
            raw = new SimSocketTransport(host, port, address, timeout);
        }
        else
        {
            raw = new LinuxI2cTransport(parse.GetValue(Bus), address);
        }

        var transport = new RetryingTransport(raw, Math.Clamp(parse.GetValue(Retries), 1, 10), timeout, TimeSpan.FromMilliseconds(20));
        try
        {
            return FurnaceClient.Connect(transport, new ClientOptions { Address = address, SeparateTransactions = parse.GetValue(Separate) });
        }
        catch
        {
            transport.Dispose();
            throw;
        }
    }

    /// <summary>Where the controller is, for a default device id: "i2c1" for /dev/i2c-1, "sim7455" for the simulator's port.</summary>
    public (string Where, int Address) Location(ParseResult parse)
    {
        int address = ParseAddress(parse.GetValue(Address)!);
        if (parse.GetResult(Sim) != null)
        {
            var (_, port) = SimSocketTransport.ParseEndpoint(parse.GetValue(Sim));
            return ($"sim{port}", address);
        }

        return ($"i2c{parse.GetValue(Bus)}", address);
    }

    private static int ParseAddress(string text)
    {
        string digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        NumberStyles style = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? NumberStyles.HexNumber : NumberStyles.Integer;
        if (!int.TryParse(digits, style, CultureInfo.InvariantCulture, out int address) || address < 0x08 || address > 0x77)
        {
            throw new FurnaceException(ExitCode.Usage, $"--address '{text}': expected a 7-bit address 0x08..0x77");
        }

        return address;
    }
}
