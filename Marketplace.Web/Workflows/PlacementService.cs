using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>Placement rules shared by the API and the employer's pages, so a form and an API call
/// can never disagree about what a valid placement or an allowed lifecycle move is.</summary>
public sealed class PlacementService(MarketplaceDbContext db, AccessPolicy access, TimeProvider clock)
{
    /// <summary>Allowed lifecycle moves: draft → published → filled / closed (a draft may be closed too).</summary>
    private static readonly HashSet<(PlacementStatus, PlacementStatus)> Transitions =
    [
        (PlacementStatus.Draft, PlacementStatus.Published),
        (PlacementStatus.Draft, PlacementStatus.Closed),
        (PlacementStatus.Published, PlacementStatus.Filled),
        (PlacementStatus.Published, PlacementStatus.Closed),
    ];

    /// <summary>One of the user's placements with its children, or null (the attempt audited).</summary>
    public Task<Placement?> FindAsync(CurrentUser me, int id, CancellationToken ct) =>
        access.FindAsync(me, WithChildren(access.VisiblePlacements(me)), "Placement", id, ct);

    /// <summary>Creates a draft for the employer's organisation. <paramref name="unreadable"/> holds
    /// what the caller could not even read (a page's letter in a number field); nothing is written
    /// when there is any error.</summary>
    public async Task<UseCaseResult<Placement>> CreateAsync(CurrentUser me, PlacementRequest r, FieldErrors? unreadable, CancellationToken ct)
    {
        if (me.EmployerId is not { } employerId)
        {
            return UseCaseResult<Placement>.Missing();
        }
        var (found, postcode) = await ValidateAsync(r, ct);
        // The caller's errors first: what could not be read explains what follows from it.
        var errors = unreadable ?? new FieldErrors();
        errors.AddAll(found);
        if (errors.Any)
        {
            return UseCaseResult<Placement>.Invalid(errors);
        }
        var placement = NewDraft(employerId, r, postcode!);
        await db.SaveChangesAsync(ct);
        return UseCaseResult<Placement>.Done(placement);
    }

    /// <summary>Changes a placement the user may edit, guarded by the version they edited.</summary>
    public async Task<UseCaseResult<Placement>> UpdateAsync(CurrentUser me, int id, PlacementRequest r, FieldErrors? unreadable, CancellationToken ct)
    {
        var placement = await FindAsync(me, id, ct);
        if (placement is null)
        {
            return UseCaseResult<Placement>.Missing();
        }
        var (found, postcode) = await ValidateAsync(r, ct);
        // The caller's errors first: what could not be read explains what follows from it.
        var errors = unreadable ?? new FieldErrors();
        errors.AddAll(found);
        CheckEditable(placement, r.Version, errors);
        if (errors.Any)
        {
            return UseCaseResult<Placement>.Invalid(errors);
        }
        Update(placement, r, postcode!);
        return await db.TrySaveAsync(ct) ? UseCaseResult<Placement>.Done(placement) : UseCaseResult<Placement>.Stale();
    }

    /// <summary>Moves a placement along its lifecycle (draft → published → filled/closed).</summary>
    public async Task<UseCaseResult<Placement>> MoveAsync(CurrentUser me, int id, PlacementStatus to, Guid version, CancellationToken ct)
    {
        var placement = await FindAsync(me, id, ct);
        if (placement is null)
        {
            return UseCaseResult<Placement>.Missing();
        }
        var errors = new FieldErrors();
        if (!TryMove(placement, to, version, errors))
        {
            return UseCaseResult<Placement>.Invalid(errors);
        }
        return await db.TrySaveAsync(ct) ? UseCaseResult<Placement>.Done(placement) : UseCaseResult<Placement>.Stale();
    }

    /// <summary>A placement with what its forms and documents need: skills and useful languages.</summary>
    public static IQueryable<Placement> WithChildren(IQueryable<Placement> q) => q.Include(p => p.Skills).Include(p => p.UsefulLanguages);

    public static bool CanMove(PlacementStatus from, PlacementStatus to) => Transitions.Contains((from, to));

    /// <summary>The database rules (taxonomy ids, postcode, dates); attribute rules run before this.</summary>
    public async Task<(FieldErrors Errors, Postcode? Postcode)> ValidateAsync(PlacementRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!Enum.IsDefined(r.MinSwedishLevel)) errors.Add(nameof(r.MinSwedishLevel), "Choose a level from A1 to C2, or None.");
        errors.CheckClientValues(r);
        var postcode = await errors.CheckPostcodeAsync(db, nameof(r.WorkplacePostcode), r.WorkplacePostcode, ct);
        await errors.CheckOccupationGroupsAsync(db, nameof(r.OccupationGroupId), [r.OccupationGroupId], ct);
        errors.CheckOccupationField(nameof(r.OccupationFieldId), r.OccupationFieldId);
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
        errors.CheckMapPoint("WorkplacePoint", r.WorkplaceLat, r.WorkplaceLon, postcode);
        return (errors, postcode);
    }

    /// <summary>Extra rules for changing an existing placement.</summary>
    private static void CheckEditable(Placement placement, Guid? version, FieldErrors errors)
    {
        if (version is null)
        {
            errors.Add(nameof(PlacementRequest.Version), "Send the version you edited, so a concurrent change is not overwritten.");
        }
        if (placement.Status is PlacementStatus.Filled or PlacementStatus.Closed)
        {
            errors.Add(nameof(Placement.Status), "A filled or closed placement can no longer be edited.");
        }
    }

    /// <summary>A new draft of the employer's, not yet saved.</summary>
    private Placement NewDraft(int employerId, PlacementRequest r, Postcode postcode)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var placement = new Placement { Title = "", Description = "", OccupationGroupId = "", WorkplacePostcode = "", EmployerOrganisationId = employerId, CreatedAt = now, Status = PlacementStatus.Draft };
        Apply(r, placement, postcode);
        db.Placements.Add(placement);
        return placement;
    }

    /// <summary>Copies a validated request onto the entity, guarded by the version the user edited.</summary>
    private void Update(Placement p, PlacementRequest r, Postcode postcode)
    {
        db.Entry(p).Property(x => x.Version).OriginalValue = r.Version!.Value;
        Apply(r, p, postcode);
    }

    /// <summary>Moves the placement along its lifecycle; false (and an error) when the move is not allowed.</summary>
    private bool TryMove(Placement placement, PlacementStatus to, Guid version, FieldErrors errors)
    {
        if (!CanMove(placement.Status, to))
        {
            errors.Add("Status", $"A placement that is {placement.Status} cannot become {to}.");
            return false;
        }
        db.Entry(placement).Property(p => p.Version).OriginalValue = version;
        placement.Status = to;
        placement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (to == PlacementStatus.Published)
        {
            placement.PublishedAt = placement.UpdatedAt;
        }
        return true;
    }

    private void Apply(PlacementRequest r, Placement p, Postcode postcode)
    {
        p.Title = r.Title.Trim();
        p.Description = r.Description.Trim();
        p.OccupationGroupId = r.OccupationGroupId;
        p.OccupationFieldId = string.IsNullOrEmpty(r.OccupationFieldId) ? null : r.OccupationFieldId;
        p.EmploymentForm = r.EmploymentForm;
        p.MinSwedishLevel = r.MinSwedishLevel;
        p.LanguageSupportAvailable = r.LanguageSupportAvailable;
        p.WorkplaceAddress = string.IsNullOrWhiteSpace(r.WorkplaceAddress) ? null : r.WorkplaceAddress.Trim();
        p.WorkplacePostcode = postcode.Code;
        // A workplace is not private: the picked point is kept as given, else the postcode's point.
        p.WorkplaceLat = r.WorkplaceLat ?? postcode.Lat;
        p.WorkplaceLon = r.WorkplaceLon ?? postcode.Lon;
        p.Worktime = r.Worktime;
        p.HoursPerWeek = r.HoursPerWeek;
        p.Schedule = string.IsNullOrWhiteSpace(r.Schedule) ? null : r.Schedule.Trim();
        p.StartDate = r.StartDate;
        p.DurationWeeks = r.DurationWeeks;
        p.Seats = r.Seats;
        p.SupervisorName = string.IsNullOrWhiteSpace(r.SupervisorName) ? null : r.SupervisorName.Trim();
        p.SupervisorPhone = string.IsNullOrWhiteSpace(r.SupervisorPhone) ? null : r.SupervisorPhone.Trim();
        p.RequiredLicence = string.IsNullOrWhiteSpace(r.RequiredLicence) ? null : r.RequiredLicence;
        p.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        p.Skills = (r.RequiredSkills ?? []).Distinct().Select(s => new PlacementSkill { SkillId = s, Required = true })
            .Concat((r.NiceToHaveSkills ?? []).Distinct().Select(s => new PlacementSkill { SkillId = s, Required = false })).ToList();
        p.UsefulLanguages = (r.UsefulLanguages ?? []).Distinct().Select(l => new PlacementLanguage { LanguageId = l }).ToList();
    }
}
