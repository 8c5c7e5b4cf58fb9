using System.Security.Cryptography;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Web;
using FurnaceFw.Web;

namespace FurnaceFw.Sim.Cli;

/// <summary>--http PORT [--http-pin PIN]: the firmware's web server on loopback, under the Pico W's socket budget.</summary>
public static class HttpOption
{
    /// <returns>The running server, or null when --http was not given.</returns>
    public static SimWebServer? Start(SimOptions options, VirtualBoard board, TextWriter output)
    {
        if (options.HttpPort is not int port)
        {
            return null;
        }

        string pin = options.HttpPin ?? RandomNumberGenerator.GetInt32(0, 1000000).ToString("D6");
        var web = new SimWebServer(board, new HttpServerOptions
        {
            Port = port, Pin = pin, Hostname = options.HttpHostname, AcceptLoopbackHost = true, Backlog = SimWebServer.HostBacklog,
        });
        web.Start();
        if (!web.Server.IsListening)
        {
            output.WriteLine($"web UI: could not listen on 127.0.0.1:{port} yet (retrying with back-off; see http.listen_failures)");
            return web;
        }

        output.WriteLine($"web UI on {web.Url} (PIN {pin}{(options.HttpPin == null ? ", generated" : "")}); "
            + $"{web.Transport.SocketBudget} sockets in total as on the Pico W");
        return web;
    }
}
