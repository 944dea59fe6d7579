using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>Which employers a coach should look at: <see cref="New"/> are self-registered
/// organisations nobody has taken yet (decision 0007), <see cref="Mine"/> those whose relationship
/// the coach holds.</summary>
public enum EmployerListFilter
{
    New,
    Mine,
    All,
}

public static class EmployerListFilters
{
    public const string Message = "Show is one of: new, mine, all.";

    /// <summary>The <c>?show=</c> of the page and the API: empty means <see cref="EmployerListFilter.New"/>;
    /// anything else must name a filter (not a number).</summary>
    public static bool TryParse(string? show, out EmployerListFilter filter)
    {
        filter = EmployerListFilter.New;
        return string.IsNullOrEmpty(show)
            || (Enum.TryParse(show, ignoreCase: true, out filter) && Enum.IsDefined(filter) && !int.TryParse(show, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _));
    }
}

public sealed record EmployerRelationRow(int Id, string Name, string OrganisationNumber, string? Municipality, DateTime CreatedAt,
    bool SelfRegistered, string? HolderId, string? HolderName, int PublishedPlacements);

/// <summary>PRODUCT.md capability 10, "which coach holds the relationship": coaches see the employers
/// (every coach may, decision 0005), newly self-registered ones first in the municipality of their own
/// unit, and take or hand back a relationship. Taking is a conditional update, so two coaches
/// pressing at once cannot both hold it: the second gets a conflict and sees who did.</summary>
public sealed class EmployerRelationsService(MarketplaceDbContext db, AccessPolicy access)
{
    public async Task<List<EmployerRelationRow>> ListAsync(CurrentUser me, EmployerListFilter filter, CancellationToken ct)
    {
        var employers = access.VisibleEmployers(me);
        employers = filter switch
        {
            EmployerListFilter.New => employers.Where(e => e.SelfRegistered && e.RelationshipCoachId == null),
            EmployerListFilter.Mine => employers.Where(e => e.RelationshipCoachId == me.Id),
            _ => employers,
        };
        // The coach's own municipality first: those are the ones their unit was told about.
        var home = me.UnitId is { } unitId ? await db.Units.Where(u => u.Id == unitId).Select(u => u.MunicipalityCode).SingleOrDefaultAsync(ct) : null;
        return await employers
            .OrderBy(e => e.MunicipalityCode == home ? 0 : 1).ThenByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Take(500)
            .Select(e => new EmployerRelationRow(
                e.Id, e.Name, e.OrganisationNumber,
                db.Municipalities.Where(m => m.Code == e.MunicipalityCode).Select(m => m.Label).FirstOrDefault(),
                e.CreatedAt, e.SelfRegistered, e.RelationshipCoachId,
                db.Users.Where(u => u.Id == e.RelationshipCoachId).Select(u => u.DisplayName).FirstOrDefault(),
                e.Placements.Count(p => p.Status == PlacementStatus.Published)))
            .ToListAsync(ct);
    }

    /// <summary>The coach takes the relationship of an employer nobody holds. Held by someone else
    /// already (also when they took it a moment ago): a conflict, nothing changed.</summary>
    public async Task<UseCaseResult<EmployerOrganisation>> TakeAsync(CurrentUser me, int employerId, CancellationToken ct)
    {
        if (await access.FindAsync(me, access.VisibleEmployers(me), "Employer", employerId, ct) is null)
        {
            return UseCaseResult<EmployerOrganisation>.Missing();
        }
        var taken = await db.Employers.Where(e => e.Id == employerId && (e.RelationshipCoachId == null || e.RelationshipCoachId == me.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.RelationshipCoachId, me.Id), ct);
        return taken == 1 ? UseCaseResult<EmployerOrganisation>.Done(await ReloadAsync(employerId, ct)) : UseCaseResult<EmployerOrganisation>.Stale();
    }

    /// <summary>The holder hands the relationship back, so another coach can take it.</summary>
    public async Task<UseCaseResult<EmployerOrganisation>> ReleaseAsync(CurrentUser me, int employerId, CancellationToken ct)
    {
        if (await access.FindAsync(me, access.VisibleEmployers(me), "Employer", employerId, ct) is null)
        {
            return UseCaseResult<EmployerOrganisation>.Missing();
        }
        var released = await db.Employers.Where(e => e.Id == employerId && e.RelationshipCoachId == me.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.RelationshipCoachId, (string?)null), ct);
        return released == 1 ? UseCaseResult<EmployerOrganisation>.Done(await ReloadAsync(employerId, ct)) : UseCaseResult<EmployerOrganisation>.Stale();
    }

    private Task<EmployerOrganisation> ReloadAsync(int employerId, CancellationToken ct) =>
        db.Employers.AsNoTracking().SingleAsync(e => e.Id == employerId, ct);
}
