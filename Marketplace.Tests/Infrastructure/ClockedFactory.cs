using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Tests.Infrastructure;

/// <summary>The real application with the clock replaced by a <see cref="FakeTimeProvider"/> the
/// test moves by hand, so a deadline can pass (and a timer fire) without waiting for it. It starts
/// at the real time, so the seeded world's dates mean what they say.</summary>
public sealed class ClockedFactory : MarketplaceFactory
{
    private readonly Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? _services;

    public ClockedFactory() : this(TestDatabase.Sqlite()) { }

    /// <summary>With settings, and services a test replaces or adds (after the application's own).</summary>
    public ClockedFactory(TestDatabase database, IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
        : base(database, settings) => _services = services;

    public override FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(builder, s =>
        {
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(s, Clock);
            _services?.Invoke(s);
        });
    }
}

/// <summary>An application on a <see cref="ClockedFactory"/>: its clock is the one the test moves.</summary>
public sealed class ClockedAppWorld(TestProvider provider, ClockedFactory factory, TestWorld world)
    : AppWorld(provider, factory, world, reuseClients: false)
{
    public new FakeTimeProvider Clock => ((ClockedFactory)Factory).Clock;
}

public sealed class ClockedWorldFixture : WorldFixture
{
    public new FakeTimeProvider Clock => ((ClockedFactory)Factory).Clock;

    /// <summary>The application on the provider, with its own clock.</summary>
    public new async Task<ClockedAppWorld> OnAsync(TestProvider provider) => (ClockedAppWorld)await base.OnAsync(provider);

    protected override MarketplaceFactory CreateFactory(TestDatabase database) => new ClockedFactory(database);

    /// <summary>Tests move the clock by days, past the sign-in cookie's lifetime: sign in afresh.</summary>
    protected override AppWorld CreateApp(TestProvider provider, MarketplaceFactory factory, TestWorld world) =>
        new ClockedAppWorld(provider, (ClockedFactory)factory, world);
}
