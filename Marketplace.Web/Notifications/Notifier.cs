using Marketplace.Data.Entities;
using Microsoft.AspNetCore.SignalR;

namespace Marketplace.Web.Notifications;

/// <summary>What a connected client receives: enough to update a badge and fetch the rest.</summary>
public sealed record NotificationPush(long Id, string Kind, DateTime CreatedAt);

/// <summary>Pushes notifications that are already committed.</summary>
public interface INotifier
{
    Task PushAsync(IReadOnlyCollection<Notification> saved, CancellationToken ct);
}

public sealed class HubNotifier(IHubContext<NotificationsHub> hub, ILogger<HubNotifier> log) : INotifier
{
    public async Task PushAsync(IReadOnlyCollection<Notification> saved, CancellationToken ct)
    {
        foreach (var n in saved)
        {
            try
            {
                await hub.Clients.Group(NotificationsHub.Group(n.UserId)).SendAsync(NotificationsHub.Method, new NotificationPush(n.Id, n.Kind, n.CreatedAt), ct);
            }
            catch (Exception e)
            {
                // The change is committed and the row stored; a client catches up on reconnect.
                log.LogWarning(e, "Live push of notification {Id} failed", n.Id);
            }
        }
    }
}
