using Marketplace.Web.Access;
using Marketplace.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications, newest first, with the text in their language.</summary>
[Authorize]
public sealed class IndexModel(NotificationFeed feed) : PageModel
{
    public const int Shown = 100;

    public List<NotificationDto> Items { get; private set; } = [];

    /// <summary>Whether notifications are also e-mailed (PRODUCT.md capability 8: by the user's preference).</summary>
    [BindProperty]
    public bool EmailNotifications { get; set; }

    [TempData]
    public string? Saved { get; set; }

    private CurrentUser Me => CurrentUser.From(User)!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        EmailNotifications = await feed.EmailPreferenceAsync(Me, ct);
        Items = await feed.LatestAsync(Me, Shown, ct);
    }

    public Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct) => MarkAsync(id, ct);

    public Task<IActionResult> OnPostReadAllAsync(CancellationToken ct) => MarkAsync(null, ct);

    public async Task<IActionResult> OnPostEmailAsync(CancellationToken ct)
    {
        await feed.SetEmailPreferenceAsync(Me, EmailNotifications, ct);
        Saved = "yes";
        return RedirectToPage();
    }

    private async Task<IActionResult> MarkAsync(long? id, CancellationToken ct)
    {
        await feed.MarkReadAsync(Me, id, ct);
        return RedirectToPage();
    }
}
