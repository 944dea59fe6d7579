using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Notifications;

/// <summary>The notification feed as the page and <c>GET /api/notifications</c> both show it: the
/// text rendered in the reader's language, the link for the reader's role.</summary>
public sealed record NotificationListDto(List<NotificationDto> Items, int Unread);

public sealed record NotificationDto(long Id, string Kind, DateTime CreatedAt, DateTime? ReadAt, string Text, string Link)
{
    public static NotificationDto From(Notification n, string role, IStringLocalizer l) =>
        new(n.Id, n.Kind, n.CreatedAt, n.ReadAt, NotificationText.Render(n, l), NotificationText.Link(n, role));
}

/// <summary>The reader's own notifications, for the page and the API alike: only ever the signed-in
/// user's rows, so another user's id reads as a missing one.</summary>
public sealed class NotificationFeed(MarketplaceDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>The most an API page returns.</summary>
    public const int MaxPage = 200;

    /// <summary>The newest <paramref name="take"/>, newest first (the page).</summary>
    public async Task<List<NotificationDto>> LatestAsync(CurrentUser me, int take, CancellationToken ct)
    {
        var rows = await db.Notifications.Where(n => n.UserId == me.Id).OrderByDescending(n => n.Id).Take(take).AsNoTracking().ToListAsync(ct);
        return rows.Select(n => NotificationDto.From(n, me.Role, l)).ToList();
    }

    /// <summary>Those after <paramref name="after"/>, oldest first, with the unread count (a
    /// client catching up from the last id it saw).</summary>
    public async Task<NotificationListDto> SinceAsync(CurrentUser me, long? after, int? take, CancellationToken ct)
    {
        var rows = await db.Notifications.Where(n => n.UserId == me.Id && n.Id > (after ?? 0))
            .OrderBy(n => n.Id).Take(Math.Clamp(take ?? MaxPage, 1, MaxPage)).AsNoTracking().ToListAsync(ct);
        var unread = await db.UnreadNotificationsAsync(me.Id, ct);
        return new NotificationListDto(rows.Select(n => NotificationDto.From(n, me.Role, l)).ToList(), unread);
    }

    /// <summary>Marks one of the reader's notifications read (false: not theirs, or none such),
    /// or all of them when <paramref name="id"/> is null.</summary>
    public async Task<bool> MarkReadAsync(CurrentUser me, long? id, CancellationToken ct)
    {
        if (id is { } one && !await db.Notifications.AnyAsync(n => n.Id == one && n.UserId == me.Id, ct))
        {
            return false;
        }
        await db.MarkNotificationsReadAsync(me.Id, id, clock.GetUtcNow().UtcDateTime, ct);
        return true;
    }

    public Task<bool> EmailPreferenceAsync(CurrentUser me, CancellationToken ct) =>
        db.Users.Where(u => u.Id == me.Id).Select(u => u.EmailNotifications).SingleAsync(ct);

    /// <summary>Takes effect for the next notification: rows are staged with the preference as it
    /// is when the change is saved.</summary>
    public Task SetEmailPreferenceAsync(CurrentUser me, bool email, CancellationToken ct) =>
        db.Users.Where(u => u.Id == me.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailNotifications, email), ct);
}
