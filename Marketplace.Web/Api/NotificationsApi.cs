using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Api;

/// <summary>The signed-in user's own notifications (PRODUCT.md capability 8). A client that
/// reconnects asks for everything after the last id it saw, oldest first.</summary>
public static class NotificationsApi
{
    public const int MaxPage = 200;

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/notifications").WithTags("Notifications");
        g.MapGet("", ListAsync).WithName("ListNotifications").WithSummary("The user's own notifications after ?after= (an id), oldest first, with the unread count.")
            .WithDescription($"A client that reconnects asks for everything after the last id it saw. ?take= is 1–{MaxPage} (default {MaxPage}).");
        g.MapPost("/{id:long}/read", ReadAsync).WithName("MarkNotificationRead").WithSummary("Marks one of the user's notifications, and all before it, read.")
            .WithDescription("Someone else's id answers as a missing one (404), so ids reveal nothing.");
        g.MapPost("/read-all", ReadAllAsync).WithName("MarkAllNotificationsRead").WithSummary("Marks all the user's notifications read.");
    }

    private static async Task<Ok<NotificationListDto>> ListAsync(long? after, int? take, HttpContext http, MarketplaceDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var me = http.Me();
        var rows = await db.Notifications.Where(n => n.UserId == me.Id && n.Id > (after ?? 0))
            .OrderBy(n => n.Id).Take(Math.Clamp(take ?? MaxPage, 1, MaxPage)).AsNoTracking().ToListAsync(ct);
        var unread = await db.UnreadNotificationsAsync(me.Id, ct);
        return TypedResults.Ok(new NotificationListDto(rows.Select(n => NotificationDto.From(n, me.Role, l)).ToList(), unread));
    }

    private static async Task<Results<NoContent, NotFound>> ReadAsync(long id, HttpContext http, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        // Someone else's id answers as a missing one, so ids reveal nothing.
        if (!await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == me.Id, ct))
        {
            return TypedResults.NotFound();
        }
        await db.MarkNotificationsReadAsync(me.Id, id, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReadAllAsync(HttpContext http, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        await db.MarkNotificationsReadAsync(http.Me().Id, null, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.NoContent();
    }
}
