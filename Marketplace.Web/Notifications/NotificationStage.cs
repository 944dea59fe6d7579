using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Notifications;

/// <summary>Adds notification rows to the request's DbContext so they commit in the same
/// SaveChanges as the change they report, and pushes them live only once that save succeeded.</summary>
public sealed class NotificationStage(MarketplaceDbContext db, INotifier notifier, TimeProvider clock)
{
    private readonly List<Notification> _staged = [];

    /// <summary>One row per recipient; the actor is never told about their own action. A recipient
    /// who wants e-mail also gets an outbox row, in the same save, that only says "log in to see".</summary>
    public Task AddAsync(IEnumerable<string> userIds, string actorId, string kind, NotificationPayload payload, CancellationToken ct) =>
        AddAsync(userIds, actorId, kind, payload, null, ct);

    /// <summary>As above; <paramref name="attach"/> gives each recipient's e-mail an attachment
    /// (a meeting's invite.ics), built from their address and language.</summary>
    public async Task AddAsync(IEnumerable<string> userIds, string actorId, string kind, NotificationPayload payload,
        Func<Recipient, MailAttachment?>? attach, CancellationToken ct)
    {
        var ids = userIds.Distinct().Where(u => u != actorId).ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var recipients = await db.Users.Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.PreferredLanguage, u.EmailNotifications }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var text = payload.Serialize();
        foreach (var r in recipients)
        {
            var n = new Notification { UserId = r.Id, Kind = kind, Payload = text, CreatedAt = now };
            db.Notifications.Add(n);
            _staged.Add(n);
            if (r.EmailNotifications && !string.IsNullOrEmpty(r.Email))
            {
                var attachment = attach?.Invoke(new Recipient(r.Id, r.Email, r.PreferredLanguage));
                db.Outbox.Add(new OutboxMessage
                {
                    Kind = kind,
                    RecipientUserId = r.Id,
                    RecipientEmail = r.Email,
                    Language = r.PreferredLanguage,
                    CreatedAt = now,
                    NextAttemptAt = now,
                    AttachmentName = attachment?.Name,
                    AttachmentType = attachment?.ContentType,
                    AttachmentContent = attachment?.Content,
                });
            }
        }
    }

    public Task AddAsync(string? userId, string actorId, string kind, NotificationPayload payload, CancellationToken ct) =>
        userId is null ? Task.CompletedTask : AddAsync([userId], actorId, kind, payload, ct);

    public Task<List<string>> CandidateUsersAsync(int candidateId, CancellationToken ct) =>
        db.Users.Where(u => u.CandidateId == candidateId).Select(u => u.Id).ToListAsync(ct);

    public Task<List<string>> EmployerUsersAsync(int employerOrganisationId, CancellationToken ct) =>
        db.Users.Where(u => u.EmployerOrganisationId == employerOrganisationId).Select(u => u.Id).ToListAsync(ct);

    /// <summary>Saves the change and its notifications together, then pushes them.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await PushAsync();
    }

    /// <summary>As <see cref="Saving.TrySaveAsync"/>; on a conflict nothing was written and nothing is pushed.</summary>
    public async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        if (await db.TrySaveAsync(ct))
        {
            await PushAsync();
            return true;
        }
        // Nothing was written; forget the staged rows (and their e-mails) so no later save in
        // this request could write them after all.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is Notification or OutboxMessage).ToList())
        {
            entry.State = EntityState.Detached;
        }
        _staged.Clear();
        return false;
    }

    private async Task PushAsync()
    {
        var saved = _staged.ToList();
        _staged.Clear();
        // Not the request's token: once the change is committed its push should still go out.
        await notifier.PushAsync(saved, CancellationToken.None);
    }
}

/// <summary>Who an e-mail goes to, for building a per-recipient attachment.</summary>
public sealed record Recipient(string UserId, string Email, string Language);

/// <summary>A text attachment stored with an outbox row.</summary>
public sealed record MailAttachment(string Name, string ContentType, string Content);

public static class NotificationQueries
{
    public static Task<int> UnreadNotificationsAsync(this MarketplaceDbContext db, string userId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    /// <summary>Marks one of the user's notifications read (or all of them, id null); returns how
    /// many changed. Someone else's id changes nothing, so ids reveal nothing.</summary>
    public static Task<int> MarkNotificationsReadAsync(this MarketplaceDbContext db, string userId, long? id, DateTime now, CancellationToken ct) =>
        db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);

    /// <summary>The newest id the page was rendered with: where the live script's catch-up starts.</summary>
    public static async Task<long> LatestNotificationIdAsync(this MarketplaceDbContext db, string userId, CancellationToken ct) =>
        await db.Notifications.Where(n => n.UserId == userId).MaxAsync(n => (long?)n.Id, ct) ?? 0;
}
