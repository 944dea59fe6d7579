namespace Marketplace.Tests.Infrastructure;

/// <summary>One application, one database and one <see cref="TestWorld"/> per test class.</summary>
public class WorldFixture : IAsyncLifetime
{
    public MarketplaceFactory Factory { get; private set; } = null!;
    public TestWorld World { get; private set; } = null!;

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

    public Task<HttpClient> ClientAsync(string user) => World.ClientAsync(Factory, user);
}
