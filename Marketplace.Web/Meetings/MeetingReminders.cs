namespace Marketplace.Web.Meetings;

/// <summary>Section "Meetings".</summary>
public sealed class MeetingOptions
{
    /// <summary>False turns the reminder service off (tests call <see cref="MeetingReminders.RunOnceAsync"/>).</summary>
    public bool RemindersEnabled { get; set; } = true;
    public int ReminderIntervalSeconds { get; set; } = 300;
}

/// <summary>Writes the 24-hour reminders on a timer from <see cref="TimeProvider"/>. Each reminder
/// is written once: the invitation stores when, in the same save as the notification.</summary>
public sealed class MeetingReminders(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<MeetingOptions> options, TimeProvider clock,
    ILogger<MeetingReminders> log) : Infrastructure.PollingService(clock, log)
{
    protected override bool Enabled => options.Value.RemindersEnabled;
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ReminderIntervalSeconds);

    // Nothing was marked as reminded unless it was saved, so a failed round is simply run again.
    protected override Task RoundAsync(CancellationToken stoppingToken) => RunOnceAsync(stoppingToken);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MeetingService>().SendDueRemindersAsync(ct);
    }
}

public static class MeetingsExtensions
{
    public static IServiceCollection AddMarketplaceMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MeetingOptions>(configuration.GetSection("Meetings"));
        services.AddScoped<MeetingValidator>();
        services.AddScoped<MeetingService>();
        services.AddScoped<MeetingCalendar>();
        services.AddSingleton<MeetingReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<MeetingReminders>());
        return services;
    }
}
