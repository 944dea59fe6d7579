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

public sealed class ClockedWorldFixture : WorldFixture
{
    public new FakeTimeProvider Clock => ((ClockedFactory)Factory).Clock;

    protected override MarketplaceFactory CreateFactory() => new ClockedFactory();

    /// <summary>Tests move the clock by days, past the sign-in cookie's lifetime: sign in afresh.</summary>
    protected override bool ReuseClients => false;
}
