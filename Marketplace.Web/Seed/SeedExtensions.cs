namespace Marketplace.Web.Seed;

public static class SeedExtensions
{
    public static IServiceCollection AddMarketplaceSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
