using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Email;

/// <summary>Sends due outbox rows at least once. A row is marked sent only after the provider
/// accepted it; a transient failure (429, 5xx, network) waits at least as long as Retry-After
/// asks, with exponential backoff otherwise, and a row gives up after MaxAttempts.</summary>
public sealed class OutboxRelay(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxRelay> log) : BackgroundService
{
    public const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RelayEnabled)
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.RelayIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly away; the rows wait, the next round retries.
                log.LogWarning(e, "Outbox relay round failed");
            }
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round over the rows due now; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IMailSender>();
        var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Outbox.Where(m => m.SentAt == null && m.NextAttemptAt != null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(Batch).ToListAsync(ct);
        var sent = 0;
        foreach (var message in due)
        {
            var (subject, body) = EmailText.Render(message.Language, o.SiteUrl, l);
            SendResult result;
            try
            {
                result = await sender.SendAsync(message, subject, body, ct);
            }
            catch (HttpRequestException e)
            {
                log.LogWarning(e, "Sending outbox message {Id} failed", message.Id);
                result = new SendResult(false);
            }
            message.Attempts++;
            if (result.Sent)
            {
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.ProviderMessageId = result.ProviderMessageId;
                sent++;
            }
            else
            {
                message.NextAttemptAt = result.Permanent || message.Attempts >= o.MaxAttempts ? null : now + Wait(message.Attempts, result.RetryAfter);
            }
            // Saved per message, so a crash later in the batch does not resend this one.
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }

    /// <summary>2, 4, 8 … seconds up to an hour, but never sooner than the provider asked.</summary>
    public static TimeSpan Wait(int attempts, TimeSpan? retryAfter)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, attempts)));
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }
}
