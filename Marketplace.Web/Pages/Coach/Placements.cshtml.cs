using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Coach;

[Authorize(Roles = Roles.Coach)]
public sealed class PlacementsModel(AccessPolicy access) : PageModel
{
    public List<Placement> Placements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Placements = await access.VisiblePlacements(CurrentUser.From(User)!).Include(p => p.EmployerOrganisation)
            .OrderBy(p => p.Status).ThenBy(p => p.StartDate).AsNoTracking().ToListAsync(ct);
}
