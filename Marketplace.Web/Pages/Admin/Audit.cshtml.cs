using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Admin;

/// <summary>The log follow-up: profile views in a period with no active reason on record.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class AuditModel(AuditFollowUp followUp, TimeProvider clock) : PageModel
{
    /// <summary>Longest period one review covers; longer is a different question (an export).</summary>
    public const int MaxDays = 366;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public string? Error { get; private set; }

    public List<UnexplainedView> Views { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            Error = "Enter the dates as on the calendar, e.g. 2026-11-01.";
            From = null;
            To = null;
        }
        To ??= today;
        From ??= To.Value.AddDays(-30);
        if (From > To || To.Value.DayNumber - From.Value.DayNumber > MaxDays)
        {
            Error = "Choose a period of at most a year, the start before the end.";
            From = To.Value.AddDays(-30);
        }
        Views = await followUp.UnexplainedAsync(CurrentUser.From(User)!, From.Value, To.Value, ct);
    }
}
