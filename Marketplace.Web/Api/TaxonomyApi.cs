using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

public sealed record TaxonomyItem(string Id, string Label);

/// <summary>Type-ahead lookups for the pickers on the placement form: id + label, at most 20.</summary>
public static class TaxonomyApi
{
    private const int MaxItems = 20;

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/taxonomy");
        g.MapGet("/skills", async (string? q, MarketplaceDbContext db, CancellationToken ct) =>
        {
            var query = db.Skills.AsQueryable();
            if (!string.IsNullOrWhiteSpace(q))
            {
                var pattern = NameSearch.Pattern(q);
                query = query.Where(s => EF.Functions.Like(s.Label, pattern, "\\"));
            }
            return TypedResults.Ok(await query.OrderBy(s => s.Label).Take(MaxItems).Select(s => new TaxonomyItem(s.Id, s.Label)).ToListAsync(ct));
        });
        g.MapGet("/languages", async (string? q, MarketplaceDbContext db, CancellationToken ct) =>
        {
            var query = db.Languages.AsQueryable();
            if (!string.IsNullOrWhiteSpace(q))
            {
                var pattern = NameSearch.Pattern(q);
                query = query.Where(l => EF.Functions.Like(l.Label, pattern, "\\"));
            }
            return TypedResults.Ok(await query.OrderBy(l => l.Label).Take(MaxItems).Select(l => new TaxonomyItem(l.Id, l.Label)).ToListAsync(ct));
        });
        g.MapGet("/occupation-groups", async (string? q, MarketplaceDbContext db, CancellationToken ct) =>
        {
            var query = db.OccupationGroups.AsQueryable();
            if (!string.IsNullOrWhiteSpace(q))
            {
                var pattern = NameSearch.Pattern(q);
                query = query.Where(g => EF.Functions.Like(g.Label, pattern, "\\") || EF.Functions.Like(g.Ssyk, pattern, "\\"));
            }
            // The label carries the SSYK code, so a picked option identifies exactly one group.
            return TypedResults.Ok(await query.OrderBy(g => g.Ssyk).Take(MaxItems).Select(g => new TaxonomyItem(g.Id, g.Ssyk + " " + g.Label)).ToListAsync(ct));
        });
    }
}
