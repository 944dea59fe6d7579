namespace Marketplace.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, so a deadline can pass without waiting for it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>The real application with the clock replaced by a <see cref="ManualClock"/>.</summary>
public sealed class ClockedFactory : MarketplaceFactory
{
    private readonly Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? _services;

    public ClockedFactory() : this(TestDatabase.Sqlite()) { }

    /// <summary>With settings, and services a test replaces or adds (after the application's own).</summary>
    public ClockedFactory(TestDatabase database, IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
        : base(database, settings) => _services = services;

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

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
    public ManualClock Clock => ((ClockedFactory)Factory).Clock;

    protected override MarketplaceFactory CreateFactory() => new ClockedFactory();

    /// <summary>Tests move the clock by days, past the sign-in cookie's lifetime: sign in afresh.</summary>
    protected override bool ReuseClients => false;
}
