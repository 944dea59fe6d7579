using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

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
        var g = api.MapGroup("").WithTags("Outcomes");
        g.MapGet("/candidates/{id:int}/outcomes", ListAsync).WithName("ListOutcomes").WithSummary("A candidate's outcomes: placements, jobs, studies.")
            .WithDescription("For the candidate's coaches and the candidate themself; an employer or admin gets the same audited 404 as for a candidate they cannot see.");
        g.MapPost("/candidates/{id:int}/outcomes", RecordAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("RecordOutcome").WithSummary("The coach records an outcome for a candidate in their scope.");
        g.MapPut("/outcomes/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("UpdateOutcome").WithSummary("The coach changes an outcome, such as its end date.")
            .WithDescription("Send the version you edited; when someone changed the outcome since, the answer is 409.");
    }

    private static async Task<Results<Ok<List<OutcomeDto>>, NotFound>> ListAsync(int id, HttpContext http, AccessPolicy access, OutcomeService outcomes, CancellationToken ct)
    {
        var me = http.Me();
        var scope = access.VisibleCandidates(me).Where(_ => me.Role == Roles.Coach || me.Role == Roles.Candidate);
        if (await access.FindAsync(me, scope, "Candidate", id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok((await outcomes.ListAsync(me, id, ct)).Select(OutcomeDto.From).ToList());
    }

    private static async Task<Results<Created<OutcomeDto>, NotFound, ValidationProblem>> RecordAsync(int id, OutcomeRequest request, HttpContext http,
        OutcomeService outcomes, CancellationToken ct) =>
        (await outcomes.RecordAsync(http.Me(), id, request, ct))
            .ToResultNoConflict(o => TypedResults.Created($"/api/candidates/{id}/outcomes", OutcomeDto.From(o)));

    private static async Task<Results<Ok<OutcomeDto>, NotFound, ValidationProblem, ConflictProblem>> UpdateAsync(int id, OutcomeRequest request, HttpContext http, OutcomeService outcomes, CancellationToken ct) =>
        (await outcomes.UpdateAsync(http.Me(), id, request, ct)).ToResult(o => TypedResults.Ok(OutcomeDto.From(o)));
}
