using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Tests.Notifications;

public sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body);

/// <summary>A stand-in for SendGrid's API: a minimal Kestrel app on 127.0.0.1 with a free port,
/// recording each request and answering with the scripted status codes in order (then 202).</summary>
public sealed class LoopbackMail : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();

    private LoopbackMail(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;

    public void Answer(int status, string? retryAfter = null) => _script.Enqueue((status, retryAfter));

    private volatile Hold? _hold;

    /// <summary>Holds the first request whose body contains <paramref name="marker"/> (recorded, not
    /// yet answered) until the test releases it: a send that is in flight, on purpose.</summary>
    public Hold HoldRequest(string marker) => _hold = new Hold(marker);

    public sealed class Hold(string marker)
    {
        public string Marker { get; } = marker;
        public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public static async Task<LoopbackMail> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var mail = new LoopbackMail(app);
        app.MapPost("/v3/mail/send", async (HttpContext ctx) =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var body = await reader.ReadToEndAsync();
            mail.Requests.Enqueue(new(ctx.Request.Method, ctx.Request.Path, ctx.Request.Headers.Authorization, body));
            if (mail._hold is { } hold && body.Contains(hold.Marker, StringComparison.Ordinal))
            {
                mail._hold = null;
                hold.Arrived.TrySetResult();
                await hold.Released.Task;
            }
            var (status, retryAfter) = mail._script.TryDequeue(out var next) ? next : (StatusCodes.Status202Accepted, null);
            if (retryAfter is not null)
            {
                ctx.Response.Headers.RetryAfter = retryAfter;
            }
            if (status == StatusCodes.Status202Accepted)
            {
                ctx.Response.Headers["X-Message-Id"] = $"sg-{mail.Requests.Count}";
            }
            ctx.Response.StatusCode = status;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        mail.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return mail;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
