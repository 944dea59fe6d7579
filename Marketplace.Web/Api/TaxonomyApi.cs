using Marketplace.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Api;

public sealed record TaxonomyItem(string Id, string Label);

/// <summary>Type-ahead lookups for the pickers on the placement form: id + label, at most 20,
/// labels starting with the query first.</summary>
public static class TaxonomyApi
{
    private const int MaxItems = 20;

    private const string Lookup = "Type-ahead for ?q=: at most 20, labels starting with it first; ";

    /// <summary>Reference data changes only on import; a short cache keeps an import visible soon.</summary>
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/taxonomy").WithTags("Taxonomy");
        g.MapGet("/skills", (string? q, MarketplaceDbContext db, IMemoryCache cache, CancellationToken ct) =>
                LookupAsync(cache, "skills", () => db.Skills.Select(s => new TaxonomyItem(s.Id, s.Label)).ToListAsync(ct), q))
            .WithName("ListSkills").WithSummary(Lookup + "skills.");
        g.MapGet("/languages", (string? q, MarketplaceDbContext db, IMemoryCache cache, CancellationToken ct) =>
                LookupAsync(cache, "languages", () => db.Languages.Select(l => new TaxonomyItem(l.Id, l.Label)).ToListAsync(ct), q))
            .WithName("ListLanguages").WithSummary(Lookup + "languages.");
        // The label carries the SSYK code, so a picked option identifies exactly one group.
        g.MapGet("/occupation-groups", (string? q, MarketplaceDbContext db, IMemoryCache cache, CancellationToken ct) =>
                LookupAsync(cache, "occupation-groups", () => GroupsAsync(db, ct), q))
            .WithName("ListOccupationGroups").WithSummary(Lookup + "occupation groups (SSYK), the code in the label.");
        // What a candidate may be interested in: a whole occupation field (yrkesområde) or a group.
        // The field's label says so in the reader's language, so the two cannot be confused.
        g.MapGet("/interests", (string? q, MarketplaceDbContext db, IMemoryCache cache, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                LookupAsync(cache, "interests:" + System.Globalization.CultureInfo.CurrentUICulture.Name, async () =>
                    Workflows.OccupationFields.All.Select(f => new TaxonomyItem(f.Id, Workflows.OccupationFields.InterestLabel(l, f.Id)))
                        .Concat(await GroupsAsync(db, ct)).ToList(), q))
            .WithName("ListInterests").WithSummary(Lookup + "interests: whole occupation fields and occupation groups.");
    }

    private static Task<List<TaxonomyItem>> GroupsAsync(MarketplaceDbContext db, CancellationToken ct) =>
        db.OccupationGroups.OrderBy(o => o.Ssyk).Select(o => new TaxonomyItem(o.Id, o.Ssyk + " " + o.Label)).ToListAsync(ct);

    /// <summary>Filters in memory: SQLite's LIKE ignores case for ASCII only, so "STÄD" would miss
    /// "städ"; the lists are a few thousand short labels, cheap to hold and scan.</summary>
    private static async Task<Ok<List<TaxonomyItem>>> LookupAsync(IMemoryCache cache, string kind, Func<Task<List<TaxonomyItem>>> load, string? q)
    {
        var all = await cache.GetOrCreateAsync($"taxonomy:{kind}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return load();
        }) ?? [];
        var term = q?.Trim() ?? "";
        var hits = term.Length == 0
            ? all.OrderBy(i => i.Label, StringComparer.CurrentCulture)
            : all.Where(i => i.Label.Contains(term, StringComparison.CurrentCultureIgnoreCase))
                .OrderBy(i => i.Label.StartsWith(term, StringComparison.CurrentCultureIgnoreCase) ? 0 : 1)
                .ThenBy(i => i.Label, StringComparer.CurrentCulture);
        return TypedResults.Ok(hits.Take(MaxItems).ToList());
    }
}
