extern alias web;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Marketplace.Benchmarks.Matching;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using web::Marketplace.Web.Notifications;

namespace Marketplace.Benchmarks;

/// <summary>`dotnet run -c Release --project Marketplace.Benchmarks -- notifications [--clients 2000]
/// [--events 2000] [--rate 100]`: end-to-end notification latency (PRODUCT.md budget p95 ≤ 250 ms)
/// with the web app on Kestrel at 127.0.0.1 in this process (SQLite in a temp folder) and that
/// many signed-in SignalR clients over WebSockets, one user each. Each event is committed through
/// the product's own path (NotificationStage: the row saved, then pushed to the user's group) at
/// a steady rate, round-robin over the users; latency runs from just before the commit starts to
/// the client's handler receiving the push, so it includes the commit.</summary>
public static class NotificationsBenchmark
{
    private const int WarmUp = 50;

    public static Task<int> RunAsync(string[] args)
    {
        var clients = int.Parse(MatchingBenchmark.Option(args, "--clients", "2000"), CultureInfo.InvariantCulture);
        var events = int.Parse(MatchingBenchmark.Option(args, "--events", "2000"), CultureInfo.InvariantCulture);
        var rate = double.Parse(MatchingBenchmark.Option(args, "--rate", "100"), CultureInfo.InvariantCulture);
        return RunAsync(clients, events, rate);
    }

    private static async Task<int> RunAsync(int clients, int events, double rate)
    {
        var dir = Directory.CreateTempSubdirectory("marketplace-bench-");
        try
        {
            using var app = new BenchmarkApp(dir.FullName, clients + 100, demo: false);
            var sw = Stopwatch.StartNew();
            var address = app.Start();
            Console.WriteLine($"web app on {address} (Kestrel, SQLite in {dir.FullName}), started in {sw.ElapsedMilliseconds} ms");

            sw.Restart();
            var users = await CreateUsersAsync(app.Services, clients);
            var cookies = await BenchmarkApp.CookiesAsync(app.Services, users);
            Console.WriteLine($"{clients} users and sign-in cookies made in {sw.ElapsedMilliseconds} ms");

            var pending = new ConcurrentQueue<long>[clients];
            var latencies = new ConcurrentBag<double>();
            var received = 0;
            for (var i = 0; i < clients; i++)
            {
                pending[i] = new();
            }
            sw.Restart();
            var connections = new HubConnection[clients];
            using (var gate = new SemaphoreSlim(64))
            {
                await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
                {
                    await gate.WaitAsync();
                    try
                    {
                        connections[i] = await ConnectAsync(address, cookies.Name, cookies.Values[i], i, pending, latencies, () => Interlocked.Increment(ref received));
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }
            Console.WriteLine($"{clients} SignalR clients connected over WebSockets in {sw.ElapsedMilliseconds} ms");

            var total = WarmUp + events;
            var interval = TimeSpan.FromSeconds(1 / rate);
            sw.Restart();
            for (var n = 0; n < total; n++)
            {
                var due = interval * n;
                if (due > sw.Elapsed)
                {
                    await Task.Delay(due - sw.Elapsed, TimeProvider.System);
                }
                var i = n % clients;
                // Warm-up events are marked so their latency is not counted.
                pending[i].Enqueue(n < WarmUp ? -1 : Stopwatch.GetTimestamp());
                await using var scope = app.Services.CreateAsyncScope();
                var stage = scope.ServiceProvider.GetRequiredService<NotificationStage>();
                await stage.AddAsync(users[i], "benchmark", NotificationKinds.ShortlistStatus, new NotificationPayload(To: "Contacted"), CancellationToken.None);
                await stage.SaveAsync(CancellationToken.None);
            }
            var sending = sw.Elapsed;
            var deadline = Stopwatch.StartNew();
            while (Volatile.Read(ref received) < total && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
            }
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));

            var ms = latencies.ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{events} events (+{WarmUp} warm-up) committed in {sending.TotalSeconds:F1} s ({total / sending.TotalSeconds:F0}/s, asked {rate:F0}/s); received {received} of {total}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"commit → received, {clients} clients: p50 {MatchingBenchmark.Percentile(ms, 50):F1} ms, p95 {MatchingBenchmark.Percentile(ms, 95):F1} ms, p99 {MatchingBenchmark.Percentile(ms, 99):F1} ms, max {ms.Max():F1} ms (budget p95 ≤ 250 ms)"));
            return received == total ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    private static async Task<HubConnection> ConnectAsync(Uri address, string cookieName, string cookie, int i, ConcurrentQueue<long>[] pending, ConcurrentBag<double> latencies, Action counted)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(address, NotificationsHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.Headers["Cookie"] = $"{cookieName}={cookie}";
            })
            .Build();
        connection.On<NotificationPush>(NotificationsHub.Method, _ =>
        {
            var now = Stopwatch.GetTimestamp();
            if (pending[i].TryDequeue(out var sent))
            {
                if (sent >= 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
                }
                counted();
            }
        });
        await connection.StartAsync();
        // As the browser script does: after this answers, the connection is in its user's group.
        await connection.InvokeAsync<bool>(nameof(NotificationsHub.Joined));
        return connection;
    }

    private static async Task<string[]> CreateUsersAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var users = Enumerable.Range(0, count).Select(i =>
        {
            var email = $"bench{i}@bench.example";
            return new AppUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = $"Bench {i}",
                SecurityStamp = Guid.NewGuid().ToString("N"),
                EmailNotifications = false,
            };
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return users.Select(u => u.Id).ToArray();
    }
}
