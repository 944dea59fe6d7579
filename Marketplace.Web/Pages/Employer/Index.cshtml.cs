using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Employer;

[Authorize(Roles = Roles.EmployerUser)]
public sealed class IndexModel(AccessPolicy access, MarketplaceDbContext db) : PageModel
{
    public List<Placement> Placements { get; private set; } = [];
    public string? EmployerName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Placements = await access.VisiblePlacements(me).OrderBy(p => p.StartDate).AsNoTracking().ToListAsync(ct);
        EmployerName = await db.Employers.Where(e => e.Id == me.EmployerId).Select(e => e.Name).FirstOrDefaultAsync(ct);
    }
}
