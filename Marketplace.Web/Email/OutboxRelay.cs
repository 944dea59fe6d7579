using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Email;

/// <summary>Sends due outbox rows. A row is sent again only when the relay cannot know whether the
/// provider accepted it (docs/decisions/0008): each attempt is claimed durably (AttemptStartedAt
/// saved) before the provider is called and released when its answer is saved, so a row whose
/// claim outlives <see cref="EmailOptions.ClaimTimeoutSeconds"/> is one whose outcome is unknown.
/// Such a row is sent once more with the same outbox id in custom_args (webhook events tie both
/// sends to one row) and, if that outcome is unknown too, given up. A transient failure (429,
/// 5xx, refused connection) waits at least as long as Retry-After asks, with exponential backoff
/// otherwise, up to MaxAttempts.</summary>
public sealed class OutboxRelay(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxRelay> log)
    : Infrastructure.PollingService(clock, log)
{
    public const int Batch = 50;
    /// <summary>Blind resends allowed after an attempt with an unknown outcome.</summary>
    public const int MaxUncertainSends = 1;

    protected override bool Enabled => options.Value.RelayEnabled;
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.RelayIntervalSeconds);

    // The database may be briefly away; the rows wait, the next round retries.
    protected override Task RoundAsync(CancellationToken stoppingToken) => RunOnceAsync(stoppingToken);

    /// <summary>One round over the rows due now; returns how many were accepted. A stop request
    /// ends the round between messages: the one in hand is finished (its answer saved), the
    /// rest stay due and unclaimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IMailSender>();
        var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var o = options.Value;
        var now = Clock.GetUtcNow().UtcDateTime;
        var abandonedBefore = now - TimeSpan.FromSeconds(o.ClaimTimeoutSeconds);
        var due = await db.Outbox.Where(m => m.SentAt == null && m.NextAttemptAt != null && m.NextAttemptAt <= now
                && (m.AttemptStartedAt == null || m.AttemptStartedAt <= abandonedBefore))
            .OrderBy(m => m.Id).Take(Batch).AsNoTracking().ToListAsync(stopping);
        var sent = 0;
        foreach (var candidate in due)
        {
            if (stopping.IsCancellationRequested)
            {
                break;
            }
            var message = await ClaimAsync(db, candidate, stopping);
            if (message is null)
            {
                continue;
            }
            var (subject, body) = EmailText.Render(message.Language, o.SiteUrl, l);
            SendResult? result;
            try
            {
                // Not the stop token: once the request may have left, its answer is worth waiting
                // for (the sender's HTTP timeout bounds it), or the row would become uncertain.
                result = await sender.SendAsync(message, subject, body, CancellationToken.None);
            }
            catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
            {
                Log.LogWarning(e, "Outbox message {Id}: provider not reached", message.Id);
                result = new SendResult(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Sent, perhaps, and no answer: keep the claim; after the claim timeout the row is
                // treated as uncertain like one whose relay died here.
                Log.LogWarning(e, "Outbox message {Id}: no answer from the provider, outcome unknown", message.Id);
                result = null;
            }
            if (result is not null)
            {
                await RecordAsync(db, message, result, o);
                sent += result.Sent ? 1 : 0;
            }
        }
        return sent;
    }

    /// <summary>Takes the row for one attempt, saved before the provider is called. The update is
    /// conditional on the claim the row had when read, so two relays (two web nodes) never both
    /// send it. Null when another relay took it first, or when it is given up here.</summary>
    private async Task<OutboxMessage?> ClaimAsync(MarketplaceDbContext db, OutboxMessage row, CancellationToken ct)
    {
        var previous = row.AttemptStartedAt;
        var uncertain = previous is not null;
        var now = Clock.GetUtcNow().UtcDateTime;
        var mine = db.Outbox.Where(m => m.Id == row.Id && m.SentAt == null && m.AttemptStartedAt == previous);
        if (uncertain && row.UncertainSends >= MaxUncertainSends)
        {
            Log.LogWarning("Outbox message {Id}: outcome of the resend unknown as well; not sending it a third time", row.Id);
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.AttemptStartedAt, (DateTime?)null)
                .SetProperty(m => m.NextAttemptAt, (DateTime?)null).SetProperty(m => m.GaveUp, OutboxGiveUp.OutcomeUnknown), ct);
            return null;
        }
        var extra = uncertain ? 1 : 0;
        var claimed = await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.AttemptStartedAt, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.UncertainSends, m => m.UncertainSends + extra), ct);
        if (claimed == 0)
        {
            return null;
        }
        if (uncertain)
        {
            Log.LogWarning("Outbox message {Id}: an earlier attempt's outcome is unknown; sending once more under the same outbox id", row.Id);
        }
        return await db.Outbox.SingleAsync(m => m.Id == row.Id, ct);
    }

    /// <summary>Saves the provider's answer and releases the claim.</summary>
    private async Task RecordAsync(MarketplaceDbContext db, OutboxMessage message, SendResult result, EmailOptions o)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        message.AttemptStartedAt = null;
        if (result.Sent)
        {
            message.SentAt = now;
            message.ProviderMessageId = result.ProviderMessageId;
            message.NextAttemptAt = null;
        }
        else if (result.Permanent || message.Attempts >= o.MaxAttempts)
        {
            message.NextAttemptAt = null;
            message.GaveUp = result.Permanent ? OutboxGiveUp.Rejected : OutboxGiveUp.TooManyAttempts;
        }
        else
        {
            message.NextAttemptAt = now + Wait(message.Attempts, result.RetryAfter);
        }
        // Not the stop token: the provider answered, and losing that answer is what makes a
        // row uncertain. Saved per message, so a crash later in the batch does not touch this one.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>2, 4, 8 … seconds up to an hour, but never sooner than the provider asked.</summary>
    public static TimeSpan Wait(int attempts, TimeSpan? retryAfter)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, attempts)));
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }
}
