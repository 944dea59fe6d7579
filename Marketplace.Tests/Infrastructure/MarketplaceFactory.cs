using Marketplace.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Infrastructure;

/// <summary>The real application on a real database: a fresh SQLite file per factory, or a fresh
/// MariaDB database when <see cref="TestDatabase.MariaDb"/> is used. Migrations run through the
/// product's own start-up path.</summary>
public class MarketplaceFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;

    public MarketplaceFactory() : this(TestDatabase.Sqlite()) { }

    public MarketplaceFactory(TestDatabase database, IDictionary<string, string?>? settings = null)
    {
        _database = database;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Marketplace"] = database.ConnectionString,
            ["Seed:Demo"] = "false",
            // Tests sign in many times from one address; the limit has its own test.
            ["SignIn:PermitsPerMinute"] = "100000",
            // Keep the test log readable; warnings and errors still show.
            ["Logging:LogLevel:Default"] = "Warning",
            // The e-mail relay would otherwise poll every database in the background; its tests run it by hand.
            ["Email:RelayEnabled"] = "false",
            // Likewise the meeting reminders; their tests move a FakeTimeProvider and run a round by hand.
            ["Meetings:RemindersEnabled"] = "false",
            // Each application keeps its own saved timetable; classes run in parallel.
            ["Matching:IndexPath"] = Path.Combine(Path.GetTempPath(), $"marketplace-index-{Guid.NewGuid():N}"),
            ["Transit:TimetablePath"] = Path.Combine(Path.GetTempPath(), $"marketplace-timetable-{Guid.NewGuid():N}.bin"),
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            _settings[k] = v;
        }
    }

    public DatabaseProvider Provider => _database.Provider;

    /// <summary>The clock the application reads; tests date their data by it, never by the machine's.</summary>
    public virtual TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    /// <summary>Set once <see cref="StartOnLoopback"/> ran: where the real Kestrel listens.</summary>
    public Uri? LoopbackAddress { get; private set; }

    /// <summary>Serves on Kestrel at 127.0.0.1 on a free port instead of the in-memory test
    /// server, for tests that need real sockets (WebSockets, several nodes in one process).</summary>
    public MarketplaceFactory StartOnLoopback(int maxConnections = 0)
    {
        UseKestrel(o =>
        {
            o.Listen(System.Net.IPAddress.Loopback, 0);
            if (maxConnections > 0)
            {
                o.Limits.MaxConcurrentConnections = maxConnections;
                o.Limits.MaxConcurrentUpgradedConnections = maxConnections;
            }
        });
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        LoopbackAddress = new Uri(addresses.First().TrimEnd('/') + "/");
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads these while building the host,
        // before configuration callbacks from the factory would apply.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Options for a client without auto-redirects; on loopback it goes to the real port
    /// (the options' base address is applied after any client configuration).</summary>
    public WebApplicationFactoryClientOptions ClientOptionsFor(bool handleCookies) => new()
    {
        AllowAutoRedirect = false,
        HandleCookies = handleCookies,
        BaseAddress = LoopbackAddress ?? ClientOptions.BaseAddress,
    };

    /// <summary>A scope with the application's services, for arranging and inspecting data.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
