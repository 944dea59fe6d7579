using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;

namespace Marketplace.Web.Api;

public sealed record OutcomeDto(int Id, int CandidateId, OutcomeKind Kind, int? PlacementId, string? PlacementTitle, int? EmployerId,
    string? EmployerName, DateOnly StartDate, DateOnly? EndDate, string? Note, DateTime RecordedAt, Guid Version)
{
    public static OutcomeDto From(CandidateOutcome o) => new(o.Id, o.CandidateId, o.Kind, o.PlacementId, o.Placement?.Title,
        o.EmployerOrganisationId, o.EmployerOrganisation?.Name, o.StartDate, o.EndDate, o.Note, o.RecordedAt, o.Version);
}

/// <summary>Outcomes per candidate (PRODUCT.md capability 9): the coach records, the candidate reads.</summary>
public static class OutcomesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        // Open to every role: the scope decides (coach's caseload, the candidate themself), so an
        // employer or admin gets the same audited 404 as for a candidate they cannot see.
        api.MapGet("/candidates/{id:int}/outcomes", ListAsync);
        api.MapPost("/candidates/{id:int}/outcomes", RecordAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        api.MapPut("/outcomes/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
    }

    private static async Task<IResult> ListAsync(int id, HttpContext http, AccessPolicy access, OutcomeService outcomes, CancellationToken ct)
    {
        var me = http.Me();
        var scope = access.VisibleCandidates(me).Where(_ => me.Role == Roles.Coach || me.Role == Roles.Candidate);
        if (await access.FindAsync(me, scope, "Candidate", id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok((await outcomes.ListAsync(me, id, ct)).Select(OutcomeDto.From).ToList());
    }

    private static async Task<IResult> RecordAsync(int id, OutcomeRequest request, HttpContext http, OutcomeService outcomes, CancellationToken ct) =>
        (await outcomes.RecordAsync(http.Me(), id, request, ct))
            .ToResult(o => TypedResults.Created($"/api/candidates/{id}/outcomes", OutcomeDto.From(o)));

    private static async Task<IResult> UpdateAsync(int id, OutcomeRequest request, HttpContext http, OutcomeService outcomes, CancellationToken ct) =>
        (await outcomes.UpdateAsync(http.Me(), id, request, ct)).ToResult(o => TypedResults.Ok(OutcomeDto.From(o)));
}
