using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FurnaceFw.Bench;

/// <summary>
/// The yardstick: a minimal ASP.NET Core (Kestrel) app on 127.0.0.1 answering GET /api/status with the same bytes the
/// furnace's server sends, with its defaults (thread pool, listen backlog 512). The load generator asks it to close
/// each connection, as the furnace's server always does.
/// </summary>
public sealed class KestrelReference : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelReference(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static KestrelReference Start(byte[] statusBody)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        app.MapGet("/api/status", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Bytes(statusBody, "application/json");
        });
        app.StartAsync().GetAwaiter().GetResult();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelReference(app, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
