namespace Marketplace.Tests.Infrastructure;

/// <summary>One application, one database and one <see cref="TestWorld"/> per test class.</summary>
public class WorldFixture : IAsyncLifetime
{
    public MarketplaceFactory Factory { get; private set; } = null!;
    public TestWorld World { get; private set; } = null!;

    /// <summary>The application's clock, and now and today by it.</summary>
    public TimeProvider Clock => Factory.Clock;
    public DateTime Now => Clock.GetUtcNow().UtcDateTime;
    public DateOnly Today => DateOnly.FromDateTime(Now);

    protected virtual MarketplaceFactory CreateFactory() => new();

    public async Task InitializeAsync()
    {
        Factory = CreateFactory();
        World = await TestWorld.CreateAsync(Factory);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>A client signed in as the user, reused within the class: each sign-in costs a
    /// 210 000-iteration PBKDF2 hash, on purpose.</summary>
    protected virtual bool ReuseClients => true;

    public async Task<HttpClient> ClientAsync(string user)
    {
        if (!ReuseClients)
        {
            return await World.ClientAsync(Factory, user);
        }
        if (!_clients.TryGetValue(user, out var client))
        {
            _clients[user] = client = await World.ClientAsync(Factory, user);
        }
        return client;
    }
}
