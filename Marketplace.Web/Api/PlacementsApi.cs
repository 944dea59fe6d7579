using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

public sealed record PlacementStatusRequest(PlacementStatus Status, Guid Version);

public sealed record PlacementDto(
    int Id, int EmployerId, string Title, string Description, string OccupationGroupId, EmploymentForm EmploymentForm,
    PlacementStatus Status, CefrLevel MinSwedishLevel, bool LanguageSupportAvailable, string? WorkplaceAddress,
    string WorkplacePostcode, Worktime Worktime, int? HoursPerWeek, string? Schedule, DateOnly StartDate, int? DurationWeeks,
    int Seats, string? SupervisorName, string? SupervisorPhone, string? RequiredLicence, IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> NiceToHaveSkills, IReadOnlyList<string> UsefulLanguages, Guid Version, double? WorkplaceLat, double? WorkplaceLon,
    string? OccupationFieldId)
{
    public static PlacementDto From(Placement p) => new(
        p.Id, p.EmployerOrganisationId, p.Title, p.Description, p.OccupationGroupId, p.EmploymentForm, p.Status, p.MinSwedishLevel,
        p.LanguageSupportAvailable, p.WorkplaceAddress, p.WorkplacePostcode, p.Worktime, p.HoursPerWeek, p.Schedule, p.StartDate,
        p.DurationWeeks, p.Seats, p.SupervisorName, p.SupervisorPhone, p.RequiredLicence,
        p.Skills.Where(s => s.Required).Select(s => s.SkillId).ToList(), p.Skills.Where(s => !s.Required).Select(s => s.SkillId).ToList(),
        p.UsefulLanguages.Select(l => l.LanguageId).ToList(), p.Version, p.WorkplaceLat, p.WorkplaceLon, p.OccupationFieldId);
}

public static class PlacementsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/placements").WithTags("Placements");
        g.MapGet("/", ListAsync).WithName("ListPlacements").WithSummary("The placements the user may see, by start date (at most 500).");
        g.MapGet("/{id:int}", GetAsync).WithName("GetPlacement").WithSummary("One placement.");
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser))
            .WithName("CreatePlacement").WithSummary("Creates a draft placement for the employer's organisation.");
        g.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser))
            .WithName("UpdatePlacement").WithSummary("Changes one of the employer's placements.")
            .WithDescription("Send the version you edited; when someone changed the placement since, the answer is 409.");
        g.MapPost("/{id:int}/status", ChangeStatusAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser))
            .WithName("ChangePlacementStatus").WithSummary("Moves a placement along its lifecycle (draft, published, filled, closed).")
            .WithDescription("A move the lifecycle does not allow is 400; a stale version is 409.");
    }

    private static async Task<Ok<IEnumerable<PlacementDto>>> ListAsync(HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var list = await PlacementService.WithChildren(access.VisiblePlacements(http.Me())).OrderBy(p => p.StartDate).ThenBy(p => p.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(PlacementDto.From));
    }

    private static async Task<Results<Ok<PlacementDto>, NotFound>> GetAsync(int id, HttpContext http, PlacementService placements, CancellationToken ct)
    {
        var placement = await placements.FindAsync(http.Me(), id, ct);
        return placement is null ? TypedResults.NotFound() : TypedResults.Ok(PlacementDto.From(placement));
    }

    private static async Task<Results<Created<PlacementDto>, ValidationProblem, ForbidHttpResult>> CreateAsync(PlacementRequest request, HttpContext http,
        PlacementService placements, CancellationToken ct)
    {
        var me = http.Me();
        if (me.EmployerId is null)
        {
            return TypedResults.Forbid();
        }
        // With an organisation, a new draft is either made or invalid.
        var outcome = await placements.CreateAsync(me, request, null, ct);
        if (outcome.Errors is { } errors)
        {
            return errors.ToResult();
        }
        var placement = outcome.Done();
        return TypedResults.Created($"/api/placements/{placement.Id}", PlacementDto.From(placement));
    }

    private static async Task<Results<Ok<PlacementDto>, NotFound, ValidationProblem, ConflictProblem>> UpdateAsync(int id, PlacementRequest request, HttpContext http, PlacementService placements, CancellationToken ct) =>
        (await placements.UpdateAsync(http.Me(), id, request, null, ct)).ToResult(p => TypedResults.Ok(PlacementDto.From(p)));

    private static async Task<Results<Ok<PlacementDto>, NotFound, ValidationProblem, ConflictProblem>> ChangeStatusAsync(int id, PlacementStatusRequest request, HttpContext http, PlacementService placements, CancellationToken ct) =>
        (await placements.MoveAsync(http.Me(), id, request.Status, request.Version, ct)).ToResult(p => TypedResults.Ok(PlacementDto.From(p)));
}
