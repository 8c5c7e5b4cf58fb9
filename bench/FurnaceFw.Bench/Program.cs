using BenchmarkDotNet.Running;
using FurnaceFw.Bench;

// dotnet run -c Release --project bench/FurnaceFw.Bench -- speed      simulator speed factor on a 24 h day
// dotnet run -c Release --project bench/FurnaceFw.Bench -- --filter *  BenchmarkDotNet suites
// dotnet run -c Release --project bench/FurnaceFw.Bench -- web 5    HTTP GET /api/status under the socket budget
// dotnet run -c Release --project bench/FurnaceFw.Bench -- overload 16 10   16 clients, 10 s: furnace server vs Kestrel
if (args.Length > 0 && args[0] == "overload")
{
    OverloadBench.Run(clients: args.Length > 1 ? int.Parse(args[1]) : 16, seconds: args.Length > 2 ? double.Parse(args[2]) : 10);
    return 0;
}

if (args.Length > 0 && args[0] == "web")
{
    WebServerBench.Run(seconds: args.Length > 1 ? int.Parse(args[1]) : 5);
    return 0;
}

if (args.Length > 0 && args[0] == "speed")
{
    SimulatorSpeed.Run(repeats: args.Length > 1 ? int.Parse(args[1]) : 3);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ControlCycleBenchmarks).Assembly).Run(args);
return 0;
