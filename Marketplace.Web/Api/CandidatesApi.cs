using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Api;

public sealed record SearchableRequest(bool Searchable);

public sealed record SearchableDto(int Id, bool Searchable);

public sealed record CandidateListItem(int Id, string Name, string HomePostcode, CefrLevel SwedishLevel, int UnitId, bool Searchable);

/// <summary>One view of the profile: <see cref="Viewer"/> is the unit's or the employer's name, <see cref="Placement"/>
/// the title when the purpose was a placement.</summary>
public sealed record ProfileViewDto(DateTime At, string Role, int? UnitId, int? EmployerId, string Purpose, string Viewer, string? Placement);

public static class CandidatesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/candidates").WithTags("Candidates");
        g.MapGet("/", ListAsync).WithName("ListCandidates").WithSummary("The caseload in the coach's scope, filtered, a page at a time.")
            .WithDescription("The same filters as the coach's page. The body is one page of 50; X-Total-Count says how many match in all and X-Page which page this is.");
        g.MapGet("/{id:int}", GetAsync).WithName("GetCandidate").WithSummary("One candidate's profile.")
            .WithDescription("An employer reads a profile only through the shortlist entry it was shared for (?entry=), as on the page; "
                + "any other way is 404 and logged. Others read within their scope. The audit log's purpose comes from what the server knows: "
                + "?placement= a placement the caller may see (the view is logged for it), otherwise the caseload or the agreement that shares the candidate.");
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("CreateCandidate").WithSummary("Registers a candidate in the coach's unit.");
        g.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("UpdateCandidate").WithSummary("Changes a candidate's profile.")
            .WithDescription("Send the version you edited: without it the answer is 400, and when someone changed the profile since, 409.");
        g.MapPut("/{id:int}/searchable", SetSearchableAsync).RequireAuthorization(p => p.RequireRole(Roles.Candidate))
            .WithName("SetCandidateSearchable").WithSummary("The candidate chooses whether matching finds them.")
            .WithDescription("Only the candidate themself; their coach is told. Off takes them out of every match list at once.");
        g.MapGet("/{id:int}/views", ViewsAsync).WithName("ListCandidateViews").WithSummary("Who viewed a candidate's profile, newest first.")
            .WithDescription("Only the candidate themself may read it; anyone else gets 404.");
    }

    /// <summary>The caseload, with the same filters as the coach's page (<see cref="CaseloadFilter"/>).</summary>
    private static async Task<Results<Ok<List<CandidateListItem>>, ValidationProblem>> ListAsync(HttpContext http, AccessPolicy access, MarketplaceDbContext db, TimeProvider clock,
        [AsParameters] CaseloadFilter filter, CancellationToken ct)
    {
        var errors = filter.Validate();
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var me = http.Me();
        var page = await filter.RunAsync(access, db, me, clock.GetUtcNow().UtcDateTime, ct);
        // The body stays a list; how many there are in all, and which page this is, ride in headers.
        http.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["X-Page"] = page.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = page.Items.Select(c => new CandidateListItem(c.Id, c.FirstName + " " + c.LastName, c.HomePostcode, c.SwedishLevel, c.UnitId, c.Searchable)).ToList();
        return TypedResults.Ok(list);
    }

    /// <summary>An employer reads a profile only through the shortlist entry it was shared for
    /// (<c>?entry=</c>), exactly as on the page; any other way is not found and logged.</summary>
    private static async Task<Results<Ok<CandidateDto>, Ok<SharedProfileDto>, NotFound>> GetAsync(int id, int? placement, int? entry, HttpContext http, AccessPolicy access,
        PresentedCandidates presented, MarketplaceDbContext db, CancellationToken ct)
    {
        var me = http.Me();
        Candidate? candidate;
        if (me.Is(Roles.EmployerUser))
        {
            if (entry is { } entryId)
            {
                (_, candidate) = await presented.OpenSharedAsync(me, entryId, ct, candidateId: id);
                if (candidate is not null)
                {
                    var locality = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                        db.Postcodes.Where(p => p.Code == candidate.HomePostcode).Join(db.Municipalities, p => p.MunicipalityCode, m => m.Code, (p, m) => m.Label), ct);
                    return TypedResults.Ok(SharedProfileDto.From(candidate, locality));
                }
            }
            else
            {
                await access.LogDenialAsync(me, "Candidate", id, ct);
                candidate = null;
            }
        }
        else
        {
            // A placement names the purpose only when the caller may see it; a query never writes the log's words.
            var purpose = placement is { } pid && await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(access.VisiblePlacements(me), x => x.Id == pid, ct)
                ? ViewPurposes.Placement(pid) : ViewPurposes.Caseload;
            candidate = await access.OpenCandidateAsync(me, id, purpose, ct);
        }
        return candidate is null ? TypedResults.NotFound() : TypedResults.Ok(CandidateDto.From(candidate));
    }

    /// <summary>404 only for a coach with no unit to register in.</summary>
    private static async Task<Results<Created<CandidateDto>, NotFound, ValidationProblem, ConflictProblem>> CreateAsync(CandidateRequest request,
        HttpContext http, CandidateProfileService profiles, CancellationToken ct)
    {
        var result = await profiles.SaveAsync(http.Me(), null, request, null, ct);
        if (result.Value is { Saved: null } held)
        {
            return PossibleDuplicate(held.Duplicates);
        }
        return result.ToResult(save => TypedResults.Created($"/api/candidates/{save.Saved!.Id}", CandidateDto.From(save.Saved)));
    }

    private static async Task<Results<Ok<CandidateDto>, NotFound, ValidationProblem, ConflictProblem>> UpdateAsync(int id, CandidateRequest request,
        HttpContext http, CandidateProfileService profiles, CancellationToken ct)
    {
        var me = http.Me();
        var candidate = await profiles.OpenForEditAsync(me, id, ct);
        if (candidate is null)
        {
            return TypedResults.NotFound();
        }
        var result = await profiles.SaveAsync(me, candidate, request, null, ct);
        if (result.Value is { Saved: null } held)
        {
            return PossibleDuplicate(held.Duplicates);
        }
        return result.ToResult(save => TypedResults.Ok(CandidateDto.From(save.Saved!)),
            conflict: "The profile was changed after you opened it. Reload it and make your change again.");
    }

    /// <summary>Nothing was saved: the profile may be a person already registered. The answer names
    /// the ones this coach may open, and only the units of the others; sending the same request with
    /// <c>confirmedNotDuplicate: true</c> saves it.</summary>
    private static ConflictProblem PossibleDuplicate(PossibleDuplicates d) => new(
        "This may be a person who is registered already. Check, then send the request again with confirmedNotDuplicate set to true.",
        title: "Possibly registered already",
        extensions: new Dictionary<string, object?>
        {
            ["candidates"] = d.Visible.Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName }).ToList(),
            ["units"] = d.ElsewhereUnits,
        });

    private static async Task<Results<Ok<SearchableDto>, NotFound, ConflictProblem>> SetSearchableAsync(int id, SearchableRequest request, HttpContext http,
        CandidateProfileService profiles, CancellationToken ct) =>
        (await profiles.SetSearchableAsync(http.Me(), id, request.Searchable, ct)).ToResultNoFields(c => TypedResults.Ok(new SearchableDto(c.Id, c.Searchable)));

    /// <summary>"Who viewed my profile": the candidate sees every logged view of their own profile.</summary>
    private static async Task<Results<Ok<List<ProfileViewDto>>, NotFound>> ViewsAsync(int id, HttpContext http, ProfileViewService views, CancellationToken ct)
    {
        var list = await views.ListAsync(http.Me(), id, ProfileViewService.MaxViews, ct);
        return list is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(list.Select(v => new ProfileViewDto(v.At, v.Role, v.UnitId, v.EmployerId, v.Purpose, v.Name, v.Placement)).ToList());
    }
}
