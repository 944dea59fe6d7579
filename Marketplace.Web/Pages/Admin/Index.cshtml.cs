using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Admin;

[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(MarketplaceDbContext db, Marketplace.Web.CandidateSearch.CandidateIndexService index) : PageModel
{
    /// <summary>Profiles the index could not read at its last rebuild or save (ids are in the log).</summary>
    public int Unmappable => index.Unmappable.Count;

    public List<MunicipalUnit> Units { get; private set; } = [];
    public List<DataSharingAgreement> Agreements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await db.Units.OrderBy(u => u.Name).AsNoTracking().ToListAsync(ct);
        Agreements = await db.DataSharingAgreements.Include(a => a.GrantingUnit).Include(a => a.ReceivingUnit).AsNoTracking().ToListAsync(ct);
    }
}
