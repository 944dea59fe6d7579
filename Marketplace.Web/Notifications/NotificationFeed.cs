using Marketplace.Data.Entities;
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
