namespace Marketplace.Web.Notifications;

public static class NotificationsExtensions
{
    /// <summary>With "SignalR:Redis" (a StackExchange.Redis configuration string) the hub uses the
    /// Redis backplane, so a push from any web node reaches clients connected to any other.</summary>
    public static IServiceCollection AddMarketplaceNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        if (configuration["SignalR:Redis"] is { Length: > 0 } redis)
        {
            // One prefix per installation, so two sites sharing a Redis server never cross.
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix =
                StackExchange.Redis.RedisChannel.Literal(configuration["SignalR:ChannelPrefix"] is { Length: > 0 } p ? p : "marketplace"));
        }
        services.AddSingleton<INotifier, HubNotifier>();
        services.AddScoped<NotificationStage>();
        services.AddScoped<NotificationFeed>();
        return services;
    }

    public static WebApplication MapMarketplaceNotifications(this WebApplication app)
    {
        app.MapHub<NotificationsHub>(NotificationsHub.Path);
        return app;
    }
}
