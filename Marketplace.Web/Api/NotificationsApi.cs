using Marketplace.Web.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Api;

/// <summary>The signed-in user's own notifications (PRODUCT.md capability 8). A client that
/// reconnects asks for everything after the last id it saw, oldest first.</summary>
public static class NotificationsApi
{
    private const int MaxPage = NotificationFeed.MaxPage;

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/notifications").WithTags("Notifications");
        g.MapGet("", ListAsync).WithName("ListNotifications").WithSummary("The user's own notifications after ?after= (an id), oldest first, with the unread count.")
            .WithDescription($"A client that reconnects asks for everything after the last id it saw. ?take= is 1–{MaxPage} (default {MaxPage}).");
        g.MapPost("/{id:long}/read", ReadAsync).WithName("MarkNotificationRead").WithSummary("Marks one of the user's notifications, and all before it, read.")
            .WithDescription("Someone else's id answers as a missing one (404), so ids reveal nothing.");
        g.MapPost("/read-all", ReadAllAsync).WithName("MarkAllNotificationsRead").WithSummary("Marks all the user's notifications read.");
    }

    private static async Task<Ok<NotificationListDto>> ListAsync(long? after, int? take, HttpContext http, NotificationFeed feed, CancellationToken ct) =>
        TypedResults.Ok(await feed.SinceAsync(http.Me(), after, take, ct));

    private static async Task<Results<NoContent, NotFound>> ReadAsync(long id, HttpContext http, NotificationFeed feed, CancellationToken ct) =>
        await feed.MarkReadAsync(http.Me(), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<NoContent> ReadAllAsync(HttpContext http, NotificationFeed feed, CancellationToken ct)
    {
        await feed.MarkReadAsync(http.Me(), null, ct);
        return TypedResults.NoContent();
    }
}
