using Marketplace.Data;
using Marketplace.Web.Notifications;
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
        var g = api.MapGroup("/notifications");
        g.MapGet("", ListAsync);
        g.MapPost("/{id:long}/read", ReadAsync);
        g.MapPost("/read-all", ReadAllAsync);
    }

    private static async Task<IResult> ListAsync(long? after, int? take, HttpContext http, MarketplaceDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var me = http.Me();
        var rows = await db.Notifications.Where(n => n.UserId == me.Id && n.Id > (after ?? 0))
            .OrderBy(n => n.Id).Take(Math.Clamp(take ?? MaxPage, 1, MaxPage)).AsNoTracking().ToListAsync(ct);
        var unread = await db.UnreadNotificationsAsync(me.Id, ct);
        return TypedResults.Ok(new NotificationListDto(rows.Select(n => NotificationDto.From(n, me.Role, l)).ToList(), unread));
    }

    private static async Task<IResult> ReadAsync(long id, HttpContext http, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
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

    private static async Task<IResult> ReadAllAsync(HttpContext http, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        await db.MarkNotificationsReadAsync(http.Me().Id, null, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.NoContent();
    }
}
