using Marketplace.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Infrastructure;

/// <summary>What a test reaches the application through: its factory, the seeded world, the
/// application's clock, signed-in clients and the database. Both a <see cref="WorldFixture"/>
/// (its SQLite application) and an <see cref="AppWorld"/> (one provider's) offer it.</summary>
public interface ITestApp
{
    MarketplaceFactory Factory { get; }
    TestWorld World { get; }

    /// <summary>The application's clock, and now and today by it.</summary>
    TimeProvider Clock { get; }
    DateTime Now { get; }
    DateOnly Today { get; }

    /// <summary>A client signed in as the user.</summary>
    Task<HttpClient> ClientAsync(string user);

    /// <summary>Arranges or inspects data in a scope of its own.</summary>
    Task<T> QueryAsync<T>(Func<MarketplaceDbContext, Task<T>> query);
}

/// <summary>One application on one provider's database, with its <see cref="TestWorld"/>.</summary>
public class AppWorld(TestProvider provider, MarketplaceFactory factory, TestWorld world, bool reuseClients) : ITestApp, IDisposable
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public TestProvider Provider { get; } = provider;
    public MarketplaceFactory Factory { get; } = factory;
    public TestWorld World { get; } = world;

    public TimeProvider Clock => Factory.Clock;
    public DateTime Now => Clock.GetUtcNow().UtcDateTime;
    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>A client signed in as the user, reused within the class unless the clock moves past
    /// the cookie's lifetime: each sign-in costs a 210 000-iteration PBKDF2 hash, on purpose.</summary>
    public async Task<HttpClient> ClientAsync(string user)
    {
        if (!reuseClients)
        {
            return await World.ClientAsync(Factory, user);
        }
        if (!_clients.TryGetValue(user, out var client))
        {
            _clients[user] = client = await World.ClientAsync(Factory, user);
        }
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<MarketplaceDbContext, Task<T>> query)
    {
        await using var scope = Factory.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
    }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One application, one database and one <see cref="TestWorld"/> per test class and
/// provider. The SQLite one is made before the first test and serves the fixture's own members;
/// <see cref="OnAsync"/> gives a <see cref="ProviderFactAttribute"/> test the one for its provider,
/// made when first asked for, then kept for the class: one MariaDB database per class, not per test.</summary>
public class WorldFixture : ITestApp, IAsyncLifetime
{
    private readonly Dictionary<TestProvider, Task<AppWorld>> _apps = [];
    private readonly Lock _lock = new();

    /// <summary>The SQLite application.</summary>
    public AppWorld Sqlite { get; private set; } = null!;

    public MarketplaceFactory Factory => Sqlite.Factory;
    public TestWorld World => Sqlite.World;
    public TimeProvider Clock => Sqlite.Clock;
    public DateTime Now => Sqlite.Now;
    public DateOnly Today => Sqlite.Today;
    public Task<HttpClient> ClientAsync(string user) => Sqlite.ClientAsync(user);
    public Task<T> QueryAsync<T>(Func<MarketplaceDbContext, Task<T>> query) => Sqlite.QueryAsync(query);

    /// <summary>The application on the provider, made on first use.</summary>
    public Task<AppWorld> OnAsync(TestProvider provider)
    {
        lock (_lock)
        {
            if (!_apps.TryGetValue(provider, out var app))
            {
                _apps[provider] = app = CreateAppAsync(provider);
            }
            return app;
        }
    }

    /// <summary>The application on the database: a subclass adds settings, services or a real server.</summary>
    protected virtual MarketplaceFactory CreateFactory(TestDatabase database) => new(database);

    protected virtual AppWorld CreateApp(TestProvider provider, MarketplaceFactory factory, TestWorld world) => new(provider, factory, world, ReuseClients);

    /// <summary>Whether clients stay signed in for the class (see <see cref="AppWorld.ClientAsync"/>).</summary>
    protected virtual bool ReuseClients => true;

    private async Task<AppWorld> CreateAppAsync(TestProvider provider)
    {
        var factory = CreateFactory(TestDatabase.For(provider));
        try
        {
            return CreateApp(provider, factory, await TestWorld.CreateAsync(factory));
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }

    public async Task InitializeAsync() => Sqlite = await OnAsync(TestProvider.Sqlite);

    public async Task DisposeAsync()
    {
        List<Task<AppWorld>> apps;
        lock (_lock)
        {
            apps = [.. _apps.Values];
            _apps.Clear();
        }
        foreach (var app in apps.Where(a => a.IsCompletedSuccessfully))
        {
            (await app).Dispose();
        }
    }
}
