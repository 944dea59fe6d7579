namespace Marketplace.Web.Dashboards;

public static class DashboardsExtensions
{
    public static IServiceCollection AddMarketplaceDashboards(this IServiceCollection services) => services.AddScoped<DashboardService>();
}
