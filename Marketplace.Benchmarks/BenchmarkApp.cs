extern alias web;

using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Benchmarks;

/// <summary>The real application on Kestrel at 127.0.0.1 in the benchmark's process (SQLite in a
/// temp folder), with room for <c>connections</c> connections; with <c>demo</c> the demo data is
/// seeded as by <c>dotnet run --project Marketplace.Web</c>.</summary>
internal sealed class BenchmarkApp(string dir, int connections, bool demo) : WebApplicationFactory<web::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Marketplace"] = $"Data Source={Path.Combine(dir, "marketplace.db")}",
            ["Seed:Demo"] = demo ? "true" : "false",
            ["Email:RelayEnabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Matching:IndexPath"] = Path.Combine(dir, "index"),
            ["Transit:TimetablePath"] = Path.Combine(dir, "timetable.bin"),
        })
        {
            builder.UseSetting(key, value);
        }
    }

    public Uri Start()
    {
        UseKestrel(o =>
        {
            o.Listen(System.Net.IPAddress.Loopback, 0);
            o.Limits.MaxConcurrentConnections = connections;
            o.Limits.MaxConcurrentUpgradedConnections = connections;
        });
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>The cookie the sign-in would set, made with the app's own ticket format: 2 000
    /// sign-ins would spend minutes in the deliberately slow password hash, which is not what
    /// this measures.</summary>
    public static async Task<(string Name, string[] Values)> CookiesAsync(IServiceProvider services, string[] userIds)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var claims = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        // The app's clock, so the ticket is valid by the same clock the app checks it with.
        var clock = services.GetRequiredService<TimeProvider>();
        var values = new string[userIds.Length];
        for (var i = 0; i < userIds.Length; i++)
        {
            var principal = await claims.CreateAsync((await users.FindByIdAsync(userIds[i]))!);
            var now = clock.GetUtcNow();
            values[i] = options.TicketDataFormat.Protect(new AuthenticationTicket(principal,
                new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(4) }, IdentityConstants.ApplicationScheme));
        }
        return (options.Cookie.Name!, values);
    }
}
