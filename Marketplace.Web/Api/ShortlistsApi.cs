using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

/// <summary>Shortlists per placement and their entries (PRODUCT.md capability 5).</summary>
public static class ShortlistsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/placements/{id:int}/shortlist", ListAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        api.MapPost("/placements/{id:int}/shortlist", AddAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        api.MapGet("/placements/{id:int}/presented", PresentedAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
        var g = api.MapGroup("/shortlist-entries");
        // Open to every role: the scope decides, and the answer is trimmed to what the role may read.
        g.MapGet("/{id:int}", GetAsync);
        g.MapPost("/{id:int}/status", SetStatusAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        g.MapPost("/{id:int}/assessment", SetAssessmentAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
    }

    private static async Task<IResult> ListAsync(int id, HttpContext http, AccessPolicy access, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        if (await access.FindAsync(me, access.VisiblePlacements(me), "Placement", id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        var entries = await access.VisibleShortlistEntries(me).Where(e => e.PlacementId == id).Include(e => e.History).OrderBy(e => e.Id).ToListAsync(ct);
        var ids = entries.Select(e => e.Id).ToList();
        var consents = await db.ConsentRequests.Where(r => ids.Contains(r.ShortlistEntryId)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(entries.Select(e => ShortlistEntryDto.From(e, consents.Where(c => c.ShortlistEntryId == e.Id), now)).ToList());
    }

    private static async Task<IResult> AddAsync(int id, ShortlistAddRequest request, HttpContext http, ShortlistService shortlists, CancellationToken ct)
    {
        var outcome = await shortlists.AddAsync(http.Me(), id, request.CandidateIds, ct);
        return outcome.ToResult(entries => TypedResults.Ok(entries.Select(e => new { e.Id, e.CandidateId, e.CoachStatus, e.Version })));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, AccessPolicy access, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        var entry = await access.FindAsync(me, access.VisibleShortlistEntries(me).Include(e => e.History), "ShortlistEntry", id, ct);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }
        var consents = await db.ConsentRequests.Where(r => r.ShortlistEntryId == id).ToListAsync(ct);
        var dto = ShortlistEntryDto.From(entry, consents, clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(me.Is(Roles.Coach) ? dto : dto with { History = ShortlistEntryDto.ForOthers(dto.History, me.Role) });
    }

    private static async Task<IResult> SetStatusAsync(int id, CoachStatusRequest request, HttpContext http, ShortlistService shortlists, CancellationToken ct)
    {
        var outcome = await shortlists.SetCoachStatusAsync(http.Me(), id, request.Status, request.Note, request.Version, ct);
        return outcome.ToResult(e => TypedResults.Ok(new { e.Id, e.CoachStatus, e.Version }));
    }

    private static async Task<IResult> SetAssessmentAsync(int id, AssessmentRequest request, HttpContext http, ShortlistService shortlists, CancellationToken ct)
    {
        var outcome = await shortlists.SetAssessmentAsync(http.Me(), id, request.Assessment, request.Note, request.Version, ct);
        return outcome.ToResult(e => TypedResults.Ok(new { e.Id, e.EmployerAssessment, e.Version }));
    }

    private static async Task<IResult> PresentedAsync(int id, HttpContext http, AccessPolicy access, PresentedCandidates presented, CancellationToken ct)
    {
        var me = http.Me();
        if (await access.FindAsync(me, access.VisiblePlacements(me), "Placement", id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await presented.ForPlacementAsync(me, id, ct));
    }
}
