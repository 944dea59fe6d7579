using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

/// <summary>Every field of PRODUCT.md capability 2. Skills are taxonomy concept ids.</summary>
public sealed record PlacementRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    [property: Required, StringLength(4000, MinimumLength = 10)] string Description,
    [property: Required, StringLength(16)] string OccupationGroupId,
    EmploymentForm EmploymentForm,
    CefrLevel MinSwedishLevel,
    bool LanguageSupportAvailable,
    [property: StringLength(256)] string? WorkplaceAddress,
    [property: Required, StringLength(6)] string WorkplacePostcode,
    Worktime Worktime,
    [property: Range(1, 60)] int? HoursPerWeek,
    [property: StringLength(256)] string? Schedule,
    DateOnly StartDate,
    [property: Range(1, 104)] int? DurationWeeks,
    [property: Range(1, 100)] int Seats,
    [property: StringLength(200)] string? SupervisorName,
    [property: Phone, StringLength(32)] string? SupervisorPhone,
    [property: StringLength(16)] string? RequiredLicence,
    [property: MaxLength(30)] List<string>? RequiredSkills,
    [property: MaxLength(30)] List<string>? NiceToHaveSkills,
    [property: MaxLength(10)] List<string>? UsefulLanguages,
    Guid? Version = null);

public sealed record PlacementStatusRequest(PlacementStatus Status, Guid Version);

public sealed record PlacementDto(
    int Id, int EmployerId, string Title, string Description, string OccupationGroupId, EmploymentForm EmploymentForm,
    PlacementStatus Status, CefrLevel MinSwedishLevel, bool LanguageSupportAvailable, string? WorkplaceAddress,
    string WorkplacePostcode, Worktime Worktime, int? HoursPerWeek, string? Schedule, DateOnly StartDate, int? DurationWeeks,
    int Seats, string? SupervisorName, string? SupervisorPhone, string? RequiredLicence, IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> NiceToHaveSkills, IReadOnlyList<string> UsefulLanguages, Guid Version)
{
    public static PlacementDto From(Placement p) => new(
        p.Id, p.EmployerOrganisationId, p.Title, p.Description, p.OccupationGroupId, p.EmploymentForm, p.Status, p.MinSwedishLevel,
        p.LanguageSupportAvailable, p.WorkplaceAddress, p.WorkplacePostcode, p.Worktime, p.HoursPerWeek, p.Schedule, p.StartDate,
        p.DurationWeeks, p.Seats, p.SupervisorName, p.SupervisorPhone, p.RequiredLicence,
        p.Skills.Where(s => s.Required).Select(s => s.SkillId).ToList(), p.Skills.Where(s => !s.Required).Select(s => s.SkillId).ToList(),
        p.UsefulLanguages.Select(l => l.LanguageId).ToList(), p.Version);
}

public static class PlacementsApi
{
    /// <summary>Allowed lifecycle moves: draft → published → filled / closed (a draft may be closed too).</summary>
    private static readonly HashSet<(PlacementStatus, PlacementStatus)> Transitions =
    [
        (PlacementStatus.Draft, PlacementStatus.Published),
        (PlacementStatus.Draft, PlacementStatus.Closed),
        (PlacementStatus.Published, PlacementStatus.Filled),
        (PlacementStatus.Published, PlacementStatus.Closed),
    ];

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/placements");
        g.MapGet("/", ListAsync);
        g.MapGet("/{id:int}", GetAsync);
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
        g.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
        g.MapPost("/{id:int}/status", ChangeStatusAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
    }

    private static IQueryable<Placement> WithChildren(IQueryable<Placement> q) => q.Include(p => p.Skills).Include(p => p.UsefulLanguages);

    private static async Task<IResult> ListAsync(HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var list = await WithChildren(access.VisiblePlacements(http.Me())).OrderBy(p => p.StartDate).ThenBy(p => p.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(list.Select(PlacementDto.From));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var me = http.Me();
        var placement = await access.FindAsync(me, WithChildren(access.VisiblePlacements(me)), "Placement", id, ct);
        return placement is null ? TypedResults.NotFound() : TypedResults.Ok(PlacementDto.From(placement));
    }

    private static async Task<IResult> CreateAsync(PlacementRequest request, HttpContext http, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        if (me.EmployerId is not { } org)
        {
            return TypedResults.Forbid();
        }
        var (errors, postcode) = await ValidateAsync(request, db, clock, ct);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var placement = new Placement { Title = "", Description = "", OccupationGroupId = "", WorkplacePostcode = "", EmployerOrganisationId = org, CreatedAt = now, Status = PlacementStatus.Draft };
        Apply(request, placement, postcode!, now);
        db.Placements.Add(placement);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/placements/{placement.Id}", PlacementDto.From(placement));
    }

    private static async Task<IResult> UpdateAsync(int id, PlacementRequest request, HttpContext http, MarketplaceDbContext db, AccessPolicy access, TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        var placement = await access.FindAsync(me, WithChildren(access.VisiblePlacements(me)), "Placement", id, ct);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }
        var (errors, postcode) = await ValidateAsync(request, db, clock, ct);
        if (request.Version is null)
        {
            errors.Add(nameof(request.Version), "Send the version you edited, so a concurrent change is not overwritten.");
        }
        if (placement.Status is PlacementStatus.Filled or PlacementStatus.Closed)
        {
            errors.Add(nameof(placement.Status), "A filled or closed placement can no longer be edited.");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        db.Entry(placement).Property(p => p.Version).OriginalValue = request.Version!.Value;
        Apply(request, placement, postcode!, clock.GetUtcNow().UtcDateTime);
        return await SaveOrConflictAsync(db, placement, ct);
    }

    private static async Task<IResult> ChangeStatusAsync(int id, PlacementStatusRequest request, HttpContext http, MarketplaceDbContext db, AccessPolicy access, TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        var placement = await access.FindAsync(me, WithChildren(access.VisiblePlacements(me)), "Placement", id, ct);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }
        if (!Transitions.Contains((placement.Status, request.Status)))
        {
            var errors = new FieldErrors();
            errors.Add(nameof(request.Status), $"A placement that is {placement.Status} cannot become {request.Status}.");
            return errors.ToResult();
        }
        db.Entry(placement).Property(p => p.Version).OriginalValue = request.Version;
        placement.Status = request.Status;
        placement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (request.Status == PlacementStatus.Published)
        {
            placement.PublishedAt = placement.UpdatedAt;
        }
        return await SaveOrConflictAsync(db, placement, ct);
    }

    private static async Task<IResult> SaveOrConflictAsync(MarketplaceDbContext db, Placement placement, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(PlacementDto.From(placement));
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed by someone else",
                detail: "The placement was changed after you opened it. Reload it and make your change again.");
        }
    }

    private static async Task<(FieldErrors, Postcode?)> ValidateAsync(PlacementRequest r, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var postcode = await errors.CheckPostcodeAsync(db, nameof(r.WorkplacePostcode), r.WorkplacePostcode, ct);
        await errors.CheckOccupationGroupsAsync(db, nameof(r.OccupationGroupId), [r.OccupationGroupId], ct);
        await errors.CheckSkillsAsync(db, nameof(r.RequiredSkills), r.RequiredSkills ?? [], ct);
        await errors.CheckSkillsAsync(db, nameof(r.NiceToHaveSkills), r.NiceToHaveSkills ?? [], ct);
        await errors.CheckLanguagesAsync(db, nameof(r.UsefulLanguages), r.UsefulLanguages ?? [], ct);
        if (r.RequiredLicence is { Length: > 0 } licence)
        {
            await errors.CheckLicencesAsync(db, nameof(r.RequiredLicence), [licence], ct);
        }
        if ((r.RequiredSkills ?? []).Intersect(r.NiceToHaveSkills ?? []).Any())
        {
            errors.Add(nameof(r.NiceToHaveSkills), "A skill is either required or nice to have, not both.");
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (r.StartDate < today.AddDays(-365) || r.StartDate > today.AddYears(2))
        {
            errors.Add(nameof(r.StartDate), "Enter a start date within the coming two years.");
        }
        if (!Enum.IsDefined(r.MinSwedishLevel)) errors.Add(nameof(r.MinSwedishLevel), "Choose a level from A1 to C2, or None.");
        if (!Enum.IsDefined(r.EmploymentForm)) errors.Add(nameof(r.EmploymentForm), "Unknown employment form.");
        if (!Enum.IsDefined(r.Worktime)) errors.Add(nameof(r.Worktime), "Unknown working time.");
        return (errors, postcode);
    }

    private static void Apply(PlacementRequest r, Placement p, Postcode postcode, DateTime now)
    {
        p.Title = r.Title.Trim();
        p.Description = r.Description.Trim();
        p.OccupationGroupId = r.OccupationGroupId;
        p.EmploymentForm = r.EmploymentForm;
        p.MinSwedishLevel = r.MinSwedishLevel;
        p.LanguageSupportAvailable = r.LanguageSupportAvailable;
        p.WorkplaceAddress = r.WorkplaceAddress;
        p.WorkplacePostcode = postcode.Code;
        p.WorkplaceLat = postcode.Lat;
        p.WorkplaceLon = postcode.Lon;
        p.Worktime = r.Worktime;
        p.HoursPerWeek = r.HoursPerWeek;
        p.Schedule = r.Schedule;
        p.StartDate = r.StartDate;
        p.DurationWeeks = r.DurationWeeks;
        p.Seats = r.Seats;
        p.SupervisorName = r.SupervisorName;
        p.SupervisorPhone = r.SupervisorPhone;
        p.RequiredLicence = string.IsNullOrWhiteSpace(r.RequiredLicence) ? null : r.RequiredLicence;
        p.UpdatedAt = now;
        p.Skills = (r.RequiredSkills ?? []).Distinct().Select(s => new PlacementSkill { SkillId = s, Required = true })
            .Concat((r.NiceToHaveSkills ?? []).Distinct().Select(s => new PlacementSkill { SkillId = s, Required = false })).ToList();
        p.UsefulLanguages = (r.UsefulLanguages ?? []).Distinct().Select(l => new PlacementLanguage { LanguageId = l }).ToList();
    }
}
