namespace Marketplace.Web.Seed;

public static class SeedExtensions
{
    public static IServiceCollection AddMarketplaceSeeding(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
