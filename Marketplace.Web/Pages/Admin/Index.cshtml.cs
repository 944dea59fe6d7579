using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Admin;

[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(MarketplaceDbContext db) : PageModel
{
    public List<MunicipalUnit> Units { get; private set; } = [];
    public List<DataSharingAgreement> Agreements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await db.Units.OrderBy(u => u.Name).AsNoTracking().ToListAsync(ct);
        Agreements = await db.DataSharingAgreements.Include(a => a.GrantingUnit).Include(a => a.ReceivingUnit).AsNoTracking().ToListAsync(ct);
    }
}
