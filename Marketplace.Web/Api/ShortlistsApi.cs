using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

/// <summary>Shortlists per placement and their entries (PRODUCT.md capability 5).</summary>
public static class ShortlistsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var placements = api.MapGroup("/placements/{id:int}").WithTags("Shortlists");
        placements.MapGet("/shortlist", ListAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("ListShortlist").WithSummary("A placement's shortlist: the entries in the coach's scope, with history and consent.");
        placements.MapPost("/shortlist", AddAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("AddToShortlist").WithSummary("Adds candidates to a published placement's shortlist; the answer is every entry of theirs on it.")
            .WithDescription("A candidate outside the coach's scope makes the whole request 404; one already on the list is returned as it is.");
        placements.MapGet("/presented", PresentedAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser))
            .WithName("ListPresented").WithSummary("The candidates presented to the employer for one of its placements.");
        var g = api.MapGroup("/shortlist-entries").WithTags("Shortlists");
        // Open to every role: the scope decides, and the answer is trimmed to what the role may read.
        g.MapGet("/{id:int}", GetAsync).WithName("GetShortlistEntry").WithSummary("One shortlist entry with its history.")
            .WithDescription("Open to every role within its scope; the history is trimmed to what the role may read (only coaches see all of it).");
        g.MapPost("/{id:int}/status", SetStatusAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("SetCoachStatus").WithSummary("The coach moves an entry to a new status, or notes something on it.")
            .WithDescription("A move the status flow does not allow is 400; a stale version is 409.");
        g.MapPost("/{id:int}/assessment", SetAssessmentAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser))
            .WithName("SetAssessment").WithSummary("The employer assesses a candidate presented to it.")
            .WithDescription("A change the assessment flow does not allow is 400; a stale version is 409.");
    }

    private static async Task<Results<Ok<List<ShortlistEntryDto>>, NotFound>> ListAsync(int id, HttpContext http, AccessPolicy access, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
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
        var list = entries.Select(e => ShortlistEntryDto.From(e, consents.Where(c => c.ShortlistEntryId == e.Id), now, me.Role)).ToList();
        await access.LogListedAsync(me, list.Where(e => e.CandidateId is not null).Select(e => e.CandidateId!.Value), ViewPurposes.Shortlist(id), ct);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<IEnumerable<ShortlistAddedDto>>, NotFound, ValidationProblem>> AddAsync(int id, ShortlistAddRequest request,
        HttpContext http, ShortlistService shortlists, CancellationToken ct)
    {
        var outcome = await shortlists.AddAsync(http.Me(), id, request.CandidateIds, ct);
        return outcome.ToResultNoConflict(entries => TypedResults.Ok(entries.Select(e => new ShortlistAddedDto(e.Id, e.CandidateId, e.CoachStatus, e.Version))));
    }

    private static async Task<Results<Ok<ShortlistEntryDto>, NotFound>> GetAsync(int id, HttpContext http, AccessPolicy access, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        var entry = await access.FindAsync(me, access.VisibleShortlistEntries(me).Include(e => e.History), "ShortlistEntry", id, ct);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }
        var consents = await db.ConsentRequests.Where(r => r.ShortlistEntryId == id).ToListAsync(ct);
        return TypedResults.Ok(ShortlistEntryDto.From(entry, consents, clock.GetUtcNow().UtcDateTime, me.Role));
    }

    private static async Task<Results<Ok<CoachStatusDto>, NotFound, ValidationProblem, ConflictProblem>> SetStatusAsync(int id, CoachStatusRequest request, HttpContext http, ShortlistService shortlists, CancellationToken ct)
    {
        var outcome = await shortlists.SetCoachStatusAsync(http.Me(), id, request.Status, request.Note, request.Version, ct);
        return outcome.ToResult(e => TypedResults.Ok(new CoachStatusDto(e.Id, e.CoachStatus, e.Version)));
    }

    private static async Task<Results<Ok<AssessmentDto>, NotFound, ValidationProblem, ConflictProblem>> SetAssessmentAsync(int id, AssessmentRequest request, HttpContext http, ShortlistService shortlists, CancellationToken ct)
    {
        var outcome = await shortlists.SetAssessmentAsync(http.Me(), id, request.Assessment, request.Note, request.Version, ct);
        return outcome.ToResult(e => TypedResults.Ok(new AssessmentDto(e.Id, e.EmployerAssessment, e.Version)));
    }

    private static async Task<Results<Ok<List<PresentedCandidateDto>>, NotFound>> PresentedAsync(int id, HttpContext http, AccessPolicy access, PresentedCandidates presented, CancellationToken ct)
    {
        var me = http.Me();
        if (await access.FindAsync(me, access.VisiblePlacements(me), "Placement", id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await presented.ForPlacementAsync(me, id, ct));
    }
}
