using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Api;

public sealed record CandidateListItem(int Id, string Name, string HomePostcode, CefrLevel SwedishLevel, int UnitId, bool Searchable);

/// <summary>One view of the profile: <see cref="Viewer"/> is the unit's or the employer's name, <see cref="Placement"/>
/// the title when the purpose was a placement.</summary>
public sealed record ProfileViewDto(DateTime At, string Role, int? UnitId, int? EmployerId, string Purpose, string Viewer, string? Placement);

public static class CandidatesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/candidates");
        g.MapGet("/", ListAsync);
        g.MapGet("/{id:int}", GetAsync);
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        g.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        g.MapGet("/{id:int}/views", ViewsAsync);
    }

    /// <summary>The caseload, with the same filters as the coach's page (<see cref="CaseloadFilter"/>).</summary>
    private static async Task<IResult> ListAsync(HttpContext http, AccessPolicy access, MarketplaceDbContext db, TimeProvider clock,
        [AsParameters] CaseloadFilter filter, CancellationToken ct)
    {
        var errors = filter.Validate();
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var me = http.Me();
        var page = await filter.RunAsync(access.VisibleCandidates(me), db, me, clock.GetUtcNow().UtcDateTime, ct);
        // The body stays a list; how many there are in all, and which page this is, ride in headers.
        http.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["X-Page"] = page.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = page.Items.Select(c => new CandidateListItem(c.Id, c.FirstName + " " + c.LastName, c.HomePostcode, c.SwedishLevel, c.UnitId, c.Searchable)).ToList();
        return TypedResults.Ok(list);
    }

    /// <summary>An employer reads a profile only through the shortlist entry it was shared for
    /// (<c>?entry=</c>), exactly as on the page; any other way is not found and logged.</summary>
    private static async Task<IResult> GetAsync(int id, string? purpose, int? entry, HttpContext http, AccessPolicy access, PresentedCandidates presented,
        CancellationToken ct)
    {
        var me = http.Me();
        Candidate? candidate;
        if (me.Is(Roles.EmployerUser))
        {
            if (entry is { } entryId)
            {
                (_, candidate) = await presented.OpenSharedAsync(me, entryId, ct, candidateId: id);
            }
            else
            {
                await access.LogDenialAsync(me, "Candidate", id, ct);
                candidate = null;
            }
        }
        else
        {
            candidate = await access.OpenCandidateAsync(me, id, string.IsNullOrWhiteSpace(purpose) ? "profile" : purpose, ct);
        }
        return candidate is null ? TypedResults.NotFound() : TypedResults.Ok(CandidateDto.From(candidate));
    }

    private static async Task<IResult> CreateAsync(CandidateRequest request, HttpContext http, CandidateProfileService profiles, CancellationToken ct)
    {
        var result = await profiles.SaveAsync(http.Me(), null, request, null, ct);
        return result.ToResult(save => save.Saved is { } c
            ? TypedResults.Created($"/api/candidates/{c.Id}", CandidateDto.From(c))
            : PossibleDuplicate(save.Duplicates));
    }

    private static async Task<IResult> UpdateAsync(int id, CandidateRequest request, HttpContext http, CandidateProfileService profiles, CancellationToken ct)
    {
        var me = http.Me();
        var candidate = await profiles.OpenForEditAsync(me, id, ct);
        if (candidate is null)
        {
            return TypedResults.NotFound();
        }
        var result = await profiles.SaveAsync(me, candidate, request, null, ct);
        return result.ToResult(save => save.Saved is { } c ? TypedResults.Ok(CandidateDto.From(c)) : PossibleDuplicate(save.Duplicates),
            conflict: "The profile was changed after you opened it. Reload it and make your change again.");
    }

    /// <summary>Nothing was saved: the profile may be a person already registered. The answer names
    /// the ones this coach may open, and only the units of the others; sending the same request with
    /// <c>confirmedNotDuplicate: true</c> saves it.</summary>
    private static ProblemHttpResult PossibleDuplicate(PossibleDuplicates d) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "Possibly registered already",
        detail: "This may be a person who is registered already. Check, then send the request again with confirmedNotDuplicate set to true.",
        extensions: new Dictionary<string, object?>
        {
            ["candidates"] = d.Visible.Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName }).ToList(),
            ["units"] = d.ElsewhereUnits,
        });

    /// <summary>"Who viewed my profile": the candidate sees every logged view of their own profile.</summary>
    private static async Task<IResult> ViewsAsync(int id, HttpContext http, ProfileViewService views, CancellationToken ct)
    {
        var list = await views.ListAsync(http.Me(), id, ProfileViewService.MaxViews, ct);
        return list is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(list.Select(v => new ProfileViewDto(v.At, v.Role, v.UnitId, v.EmployerId, v.Purpose, v.Name, v.Placement)).ToList());
    }
}
