using System.Globalization;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.CandidatePortal;

[Authorize(Roles = Roles.Candidate)]
public sealed class IndexModel(AccessPolicy access, MarketplaceDbContext db) : PageModel
{
    public Marketplace.Data.Entities.Candidate? Profile { get; private set; }
    public List<AccessAuditEntry> Views { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (me.CandidateId is not { } id)
        {
            return;
        }
        Profile = await access.OpenCandidateAsync(me, id, "own", ct);
        var key = id.ToString(CultureInfo.InvariantCulture);
        Views = await db.AccessAudit.Where(a => a.ObjectKind == "Candidate" && a.ObjectId == key && a.Permitted)
            .OrderByDescending(a => a.Id).Take(50).AsNoTracking().ToListAsync(ct);
    }
}
