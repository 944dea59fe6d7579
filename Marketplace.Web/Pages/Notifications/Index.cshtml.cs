using Marketplace.Data;
using Marketplace.Web.Access;
using Marketplace.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications, newest first, with the text in their language.</summary>
[Authorize]
public sealed class IndexModel(MarketplaceDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int Shown = 100;

    public List<NotificationDto> Items { get; private set; } = [];

    /// <summary>Whether notifications are also e-mailed (PRODUCT.md capability 8: by the user's preference).</summary>
    [BindProperty]
    public bool EmailNotifications { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        EmailNotifications = await db.Users.Where(u => u.Id == me.Id).Select(u => u.EmailNotifications).SingleAsync(ct);
        var rows = await db.Notifications.Where(n => n.UserId == me.Id).OrderByDescending(n => n.Id).Take(Shown).AsNoTracking().ToListAsync(ct);
        Items = rows.Select(n => NotificationDto.From(n, me.Role, l)).ToList();
    }

    public Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct) => MarkAsync(id, ct);

    public Task<IActionResult> OnPostReadAllAsync(CancellationToken ct) => MarkAsync(null, ct);

    /// <summary>Takes effect for the next notification: rows are staged with the preference as it
    /// is when the change is saved.</summary>
    public async Task<IActionResult> OnPostEmailAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!.Id;
        await db.Users.Where(u => u.Id == me).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailNotifications, EmailNotifications), ct);
        Saved = "yes";
        return RedirectToPage();
    }

    private async Task<IActionResult> MarkAsync(long? id, CancellationToken ct)
    {
        await db.MarkNotificationsReadAsync(CurrentUser.From(User)!.Id, id, clock.GetUtcNow().UtcDateTime, ct);
        return RedirectToPage();
    }
}
