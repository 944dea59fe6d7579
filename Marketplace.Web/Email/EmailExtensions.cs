namespace Marketplace.Web.Email;

public static class EmailExtensions
{
    public static IServiceCollection AddMarketplaceEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Email");
        services.Configure<EmailOptions>(section);
        if (string.IsNullOrEmpty(section["SendGridApiKey"]))
        {
            services.AddSingleton<IMailSender, DevMailboxSender>();
        }
        else
        {
            services.AddHttpClient<IMailSender, SendGridMailSender>((sp, http) =>
                http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.SendTimeoutSeconds));
        }
        services.AddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        return services;
    }
}
