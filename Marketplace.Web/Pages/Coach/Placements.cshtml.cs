using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Coach;

public sealed record PlacementRow(int Id, string Title, string Employer, DateOnly StartDate, int Seats, int OnShortlist);

/// <summary>Published placements, the way into each one's shortlist.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class PlacementsModel(AccessPolicy access) : PageModel
{
    public List<PlacementRow> Placements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var mine = access.VisibleShortlistEntries(me);
        Placements = await access.VisiblePlacements(me).Where(p => p.Status == PlacementStatus.Published)
            .OrderBy(p => p.StartDate).ThenBy(p => p.Id).Take(500)
            .Select(p => new PlacementRow(p.Id, p.Title, p.EmployerOrganisation!.Name,
                p.StartDate, p.Seats, mine.Count(e => e.PlacementId == p.Id)))
            .ToListAsync(ct);
    }
}
