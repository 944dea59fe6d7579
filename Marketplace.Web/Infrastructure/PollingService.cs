namespace Marketplace.Web.Infrastructure;

/// <summary>A background job that runs one round, waits an interval on <see cref="TimeProvider"/>
/// and runs again until the host stops. A failed round is logged and the next one retries: the
/// jobs built on this (the e-mail relay, meeting reminders) keep their state in the database, so
/// nothing is lost while it is briefly away. Tests turn the loop off and call the round directly.</summary>
public abstract class PollingService(TimeProvider clock, ILogger log) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;
    protected ILogger Log { get; } = log;

    /// <summary>False: the host never runs the loop.</summary>
    protected abstract bool Enabled { get; }

    /// <summary>How long to wait between rounds (at least a second).</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One round; what it did is the subclass's to report.</summary>
    protected abstract Task RoundAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }
        var interval = Interval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                Log.LogWarning(e, "{Job} round failed; the next round retries", GetType().Name);
            }
            try
            {
                await Task.Delay(interval, Clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
