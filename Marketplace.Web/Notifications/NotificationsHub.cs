using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Marketplace.Web.Notifications;

/// <summary>Thin on purpose: it only puts each connection in its user's group. Services push
/// through <see cref="IHubContext{THub}"/>; the stored table stays the source of truth.</summary>
[Authorize]
public sealed class NotificationsHub : Hub
{
    public const string Path = "/hubs/notifications";
    public const string Method = "notification";

    public static string Group(string userId) => $"user:{userId}";

    public override async Task OnConnectedAsync()
    {
        // UserIdentifier is the NameIdentifier claim, the same id the notification rows carry.
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(Context.UserIdentifier!));
        await base.OnConnectedAsync();
    }

    /// <summary>Answers only after <see cref="OnConnectedAsync"/> has run (the server dispatches a
    /// connection's calls after it), so a client that awaits it knows it is in its group before it
    /// fetches what it missed; nothing can then fall between the fetch and the first push.</summary>
    public Task<bool> Joined() => Task.FromResult(true);
}
