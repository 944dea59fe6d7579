using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Coach;

[Authorize(Roles = Roles.Coach)]
public sealed class IndexModel(AccessPolicy access, MarketplaceDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public List<Candidate> Candidates { get; private set; } = [];
    public Dictionary<int, string> UnitNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = access.VisibleCandidates(CurrentUser.From(User)!);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = Api.NameSearch.Pattern(Query);
            query = query.Where(c => EF.Functions.Like(c.FirstName, pattern, "\\") || EF.Functions.Like(c.LastName, pattern, "\\"));
        }
        Candidates = await query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).Take(500).AsNoTracking().ToListAsync(ct);
        UnitNames = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }
}
