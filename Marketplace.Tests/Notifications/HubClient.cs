using System.Net;
using System.Net.Http.Json;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Notifications;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Marketplace.Tests.Notifications;

/// <summary>A real SignalR client against the in-memory test server, signed in with the same
/// cookie a browser would carry.</summary>
public static class HubClient
{
    /// <summary>Connects as the user and records the first push (of one kind, if given).</summary>
    public static Task<Listener> ListenAsync(ITestApp fixture, string user, string? kind = null) =>
        ListenAsync(fixture.Factory, fixture.World, user, kind);

    public static async Task<Listener> ListenAsync(MarketplaceFactory factory, TestWorld world, string user, string? kind = null)
    {
        var first = new TaskCompletionSource<NotificationPush>(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = await ConnectAsync(factory, world, user, h => h.On<NotificationPush>(NotificationsHub.Method, p =>
        {
            if (kind is null || p.Kind == kind)
            {
                first.TrySetResult(p);
            }
        }));
        return new Listener(connection, first);
    }

    public static Task<HubConnection> ConnectAsync(WorldFixture fixture, string user, Action<HubConnection>? handlers = null) =>
        ConnectAsync(fixture.Factory, fixture.World, user, handlers);

    /// <summary>Connects as the user to one application (one web node, when there are several).</summary>
    public static async Task<HubConnection> ConnectAsync(MarketplaceFactory factory, TestWorld world, string user, Action<HubConnection>? handlers = null)
    {
        var connection = Build(factory, await SignInCookieAsync(factory, world, user));
        handlers?.Invoke(connection);
        await connection.StartAsync();
        // Round trip: the server has put this connection in its user's group once this answers.
        Assert.True(await connection.InvokeAsync<bool>(nameof(NotificationsHub.Joined)));
        return connection;
    }

    public static HubConnection Build(WorldFixture fixture, string? cookie) => Build(fixture.Factory, cookie);

    /// <summary>A connection, not yet started, carrying the cookie if there is one: WebSockets to a
    /// factory on loopback, otherwise long polling over the in-memory test server.</summary>
    public static HubConnection Build(MarketplaceFactory factory, string? cookie)
    {
        var loopback = factory.LoopbackAddress;
        var server = loopback is null ? factory.Server : null;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(loopback ?? server!.BaseAddress, NotificationsHub.Path), o =>
            {
                if (server is not null)
                {
                    // Long polling runs over the test server's HttpMessageHandler; no socket is opened.
                    o.Transports = HttpTransportType.LongPolling;
                    o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                }
                else
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                }
                if (cookie is not null)
                {
                    o.Headers["Cookie"] = cookie;
                }
            })
            .Build();
    }

    public static async Task<string> SignInCookieAsync(MarketplaceFactory factory, TestWorld world, string user)
    {
        using var client = factory.CreateClient(factory.ClientOptionsFor(handleCookies: false));
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = world.Users[user].Email, password = TestWorld.Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}

public sealed record Listener(HubConnection Connection, TaskCompletionSource<NotificationPush> First) : IAsyncDisposable
{
    /// <summary>Waits for the push; the timeout only turns a hang into a failure.</summary>
    public Task<NotificationPush> Pushed() => First.Task.WaitAsync(TimeSpan.FromSeconds(15));

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
