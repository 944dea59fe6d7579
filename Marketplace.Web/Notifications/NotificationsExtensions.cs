namespace Marketplace.Web.Notifications;

public static class NotificationsExtensions
{
    public static IServiceCollection AddMarketplaceNotifications(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<INotifier, HubNotifier>();
        services.AddScoped<NotificationStage>();
        return services;
    }

    public static WebApplication MapMarketplaceNotifications(this WebApplication app)
    {
        app.MapHub<NotificationsHub>(NotificationsHub.Path);
        return app;
    }
}
