using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

/// <summary>The caseload with its filters. A plain GET form: the filter state is the query
/// string, so a filtered list can be bookmarked and works without script.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class IndexModel(AccessPolicy access, MarketplaceDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public CaseloadFilter Filter { get; private set; } = new();
    public CaseloadPage Result { get; private set; } = new([], 0, 1, CaseloadFilter.PageSize);
    public Dictionary<int, string> UnitNames { get; private set; } = [];
    public List<(string Code, string Label)> Municipalities { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] CaseloadFilter filter, CancellationToken ct)
    {
        Filter = filter;
        var me = CurrentUser.From(User)!;
        var scope = access.VisibleCandidates(me);
        // A value the binder could not read (e.g. swedish=Z9) is a field error like any other.
        foreach (var (key, entry) in ModelState.Where(kv => kv.Value?.Errors.Count > 0))
        {
            Errors[Field(key)] = l["Choose a value from the list."];
        }
        foreach (var (field, messages) in filter.Validate().All)
        {
            Errors[field] = l[messages[0]];
        }
        if (Errors.Count == 0)
        {
            Result = await filter.RunAsync(access, db, me, clock.GetUtcNow().UtcDateTime, ct);
        }
        UnitNames = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        // Only municipalities where someone in the caseload lives: a short list that always finds someone.
        var codes = scope.Join(db.Postcodes, c => c.HomePostcode, p => p.Code, (c, p) => p.MunicipalityCode).Distinct();
        Municipalities = (await db.Municipalities.Where(m => codes.Contains(m.Code)).OrderBy(m => m.Label).Select(m => new { m.Code, m.Label }).ToListAsync(ct))
            .Select(m => (m.Code, m.Label)).ToList();
    }

    /// <summary>This page's query string with another page number: the filters stay as they are.</summary>
    public string PageUrl(int page)
    {
        var query = Request.Query.Where(kv => !string.Equals(kv.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/Coach" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    private static string Field(string key)
    {
        var name = key.Contains('.', StringComparison.Ordinal) ? key[(key.LastIndexOf('.') + 1)..] : key;
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
