using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
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
        var g = api.MapGroup("/placements");
        g.MapGet("/", ListAsync);
        g.MapGet("/{id:int}", GetAsync);
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
        g.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
        g.MapPost("/{id:int}/status", ChangeStatusAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
    }

    private static async Task<IResult> ListAsync(HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var list = await PlacementService.WithChildren(access.VisiblePlacements(http.Me())).OrderBy(p => p.StartDate).ThenBy(p => p.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(PlacementDto.From));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var me = http.Me();
        var placement = await access.FindAsync(me, PlacementService.WithChildren(access.VisiblePlacements(me)), "Placement", id, ct);
        return placement is null ? TypedResults.NotFound() : TypedResults.Ok(PlacementDto.From(placement));
    }

    private static async Task<IResult> CreateAsync(PlacementRequest request, HttpContext http, MarketplaceDbContext db, PlacementService placements, CancellationToken ct)
    {
        var me = http.Me();
        if (me.EmployerId is not { } org)
        {
            return TypedResults.Forbid();
        }
        var (errors, postcode) = await placements.ValidateAsync(request, ct);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var placement = placements.NewDraft(org, request, postcode!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/placements/{placement.Id}", PlacementDto.From(placement));
    }

    private static async Task<IResult> UpdateAsync(int id, PlacementRequest request, HttpContext http, MarketplaceDbContext db, AccessPolicy access, PlacementService placements, CancellationToken ct)
    {
        var me = http.Me();
        var placement = await access.FindAsync(me, PlacementService.WithChildren(access.VisiblePlacements(me)), "Placement", id, ct);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }
        var (errors, postcode) = await placements.ValidateAsync(request, ct);
        PlacementService.CheckEditable(placement, request.Version, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        placements.Update(placement, request, postcode!);
        return await SaveOrConflictAsync(db, placement, ct);
    }

    private static async Task<IResult> ChangeStatusAsync(int id, PlacementStatusRequest request, HttpContext http, MarketplaceDbContext db, AccessPolicy access, PlacementService placements, CancellationToken ct)
    {
        var me = http.Me();
        var placement = await access.FindAsync(me, PlacementService.WithChildren(access.VisiblePlacements(me)), "Placement", id, ct);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new FieldErrors();
        if (!placements.TryMove(placement, request.Status, request.Version, errors))
        {
            return errors.ToResult();
        }
        return await SaveOrConflictAsync(db, placement, ct);
    }

    private static async Task<IResult> SaveOrConflictAsync(MarketplaceDbContext db, Placement placement, CancellationToken ct) =>
        await db.TrySaveAsync(ct)
            ? TypedResults.Ok(PlacementDto.From(placement))
            : Conflict.Result("The placement was changed after you opened it. Reload it and make your change again.");
}
