using System.Globalization;
using System.Text.Json;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Email;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Api;

/// <summary>SendGrid's Event Webhook (POST /api/email/events): anonymous, since SendGrid carries no
/// cookie, but every post must carry a valid signature from the configured verification key.
/// Events are tied to outbox rows by the outbox_id custom arg and stored once per sg_event_id.</summary>
public static class EmailEventsApi
{
    public const string Path = "/email/events";
    /// <summary>SendGrid batches events; a post larger than this is not one of theirs.</summary>
    public const int MaxBody = 4 * 1024 * 1024;

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery()
            .WithTags("Email events").WithName("ReceiveEmailEvents").WithSummary("SendGrid's Event Webhook: delivery events for sent e-mail.")
            .WithDescription("Anonymous, but signed: no signature is 401, a wrong or stale one 403. 404 while no verification key is configured; "
                + "a body over 4 MiB is 413. Events already stored (by sg_event_id) count as duplicates.")
            // Bare statuses (the API's status-code pages give them a problem body): Results<…> cannot say which.
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<Results<Ok<EmailEventsResult>, NotFound, ValidationProblem, UnauthorizedHttpResult, StatusCodeHttpResult>> ReceiveAsync(HttpContext http, MarketplaceDbContext db, IOptions<EmailOptions> options, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrEmpty(o.WebhookPublicKey))
        {
            return TypedResults.NotFound();
        }
        if (http.Request.ContentLength > MaxBody)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBody)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var body = buffer.ToArray();
        var verdict = EventWebhookSignature.Verify(o.WebhookPublicKey, http.Request.Headers[EventWebhookSignature.SignatureHeader],
            http.Request.Headers[EventWebhookSignature.TimestampHeader], body, clock.GetUtcNow(), TimeSpan.FromSeconds(o.WebhookToleranceSeconds));
        if (verdict != EventWebhookSignature.Verdict.Valid)
        {
            logs.CreateLogger(typeof(EmailEventsApi)).LogWarning("E-mail event post refused: signature {Verdict}", verdict);
            return verdict == EventWebhookSignature.Verdict.Missing ? TypedResults.Unauthorized() : TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }
        var errors = new FieldErrors();
        var events = Parse(body, clock.GetUtcNow().UtcDateTime, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var stored = await StoreAsync(db, events, ct);
        return TypedResults.Ok(new EmailEventsResult(stored, events.Count - stored));
    }

    /// <summary>The fields we keep from SendGrid's event objects; the rest (address, IP, user agent)
    /// is not stored.</summary>
    private static List<EmailEvent> Parse(byte[] body, DateTime now, FieldErrors errors)
    {
        var events = new List<EmailEvent>();
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            errors.Add("body", "The body is not JSON.");
            return events;
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add("body", "The body must be a JSON array of events.");
                return events;
            }
            var i = 0;
            foreach (var e in json.RootElement.EnumerateArray())
            {
                var at = $"[{i++}]";
                if (e.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(at, "Each event must be an object.");
                    continue;
                }
                var id = Text(e, "sg_event_id");
                var kind = Text(e, "event");
                if (id is not { Length: > 0 and <= 128 })
                {
                    errors.Add(at + ".sg_event_id", "Required, at most 128 characters.");
                }
                if (kind is not { Length: > 0 and <= 32 })
                {
                    errors.Add(at + ".event", "Required, at most 32 characters.");
                }
                if (!e.TryGetProperty("timestamp", out var ts) || !ts.TryGetInt64(out var seconds) || seconds < 0 || seconds > 253402300799)
                {
                    errors.Add(at + ".timestamp", "Required, Unix seconds.");
                    continue;
                }
                if (id is null || kind is null || errors.Any)
                {
                    continue;
                }
                events.Add(new EmailEvent
                {
                    ProviderEventId = id,
                    Event = kind,
                    OccurredAt = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime,
                    ReceivedAt = now,
                    OutboxMessageId = long.TryParse(Text(e, "outbox_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var outbox) ? outbox : null,
                    ProviderMessageId = Cut(Text(e, "sg_message_id"), MarketplaceDbContext.DefaultStringLength),
                    Reason = Cut(Text(e, "reason") ?? Text(e, "response"), 1000),
                });
            }
        }
        return events;
    }

    /// <summary>Stores the events not seen before; returns how many. Duplicates (SendGrid posts at
    /// least once) are filtered by id, and a duplicate racing in from a parallel post is stopped
    /// by the unique index and counted as seen.</summary>
    private static async Task<int> StoreAsync(MarketplaceDbContext db, List<EmailEvent> events, CancellationToken ct)
    {
        var ids = events.Select(e => e.ProviderEventId).Distinct().ToList();
        var seen = (await db.EmailEvents.Where(e => ids.Contains(e.ProviderEventId)).Select(e => e.ProviderEventId).ToListAsync(ct)).ToHashSet();
        var fresh = events.Where(e => seen.Add(e.ProviderEventId)).ToList();
        var outboxIds = fresh.Where(e => e.OutboxMessageId is not null).Select(e => e.OutboxMessageId!.Value).Distinct().ToList();
        var rows = await db.Outbox.Where(m => outboxIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var stored = 0;
        foreach (var e in fresh)
        {
            if (e.OutboxMessageId is { } id && !rows.ContainsKey(id))
            {
                e.OutboxMessageId = null; // another installation's message, or a deleted row
            }
            db.EmailEvents.Add(e);
            if (e.OutboxMessageId is { } mine && rows[mine] is var row && (row.LastEventAt is null || row.LastEventAt <= e.OccurredAt))
            {
                row.LastEvent = e.Event;
                row.LastEventAt = e.OccurredAt;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                stored++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (!await db.EmailEvents.AnyAsync(x => x.ProviderEventId == e.ProviderEventId, ct))
                {
                    throw;
                }
                rows = await db.Outbox.Where(m => outboxIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
            }
        }
        return stored;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    } : null;

    private static string? Cut(string? s, int max) => s is { Length: > 0 } && s.Length > max ? s[..max] : s;
}

public sealed record EmailEventsResult(int Stored, int Duplicates);
