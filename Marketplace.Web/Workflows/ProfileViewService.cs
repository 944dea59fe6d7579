using System.Globalization;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>One logged view of a candidate's profile, told so the candidate can read it: who looked
/// (the unit's or the employer's name) and why, in words. <see cref="Who"/> and <see cref="Why"/>
/// are resource keys: <see cref="Name"/> fills the "{0}" of <see cref="Who"/>, <see cref="Placement"/>
/// the "{0}" of a placement reason.</summary>
public sealed record ProfileView(DateTime At, string Role, int? UnitId, string? Unit, int? EmployerId, string? Employer,
    string Purpose, string Who, string Why, string? Placement)
{
    public string Name => Employer ?? Unit ?? "";
}

/// <summary>"Who viewed my profile" — the one list the candidate's page and
/// <c>GET /api/candidates/{id}/views</c> both show, read from the access log.</summary>
public sealed class ProfileViewService(MarketplaceDbContext db, AccessPolicy access)
{
    public const int MaxViews = 200;

    /// <summary>The views of the candidate's own profile, newest first; null (and the attempt
    /// logged) for anyone but the candidate.</summary>
    public async Task<IReadOnlyList<ProfileView>?> ListAsync(CurrentUser me, int candidateId, int limit, CancellationToken ct)
    {
        if (me.CandidateId != candidateId)
        {
            await access.LogDenialAsync(me, "CandidateViews", candidateId, ct);
            return null;
        }
        var key = candidateId.ToString(CultureInfo.InvariantCulture);
        var rows = await db.AccessAudit
            // Openings of the profile; being shown in a list is in the log and the export, not here
            // (decisions/0016): a caseload page a day would bury every real view.
            .Where(a => a.ObjectKind == "Candidate" && a.ObjectId == key && a.Permitted && !a.Purpose.StartsWith(ViewPurposes.ListPrefix))
            .OrderByDescending(a => a.Id).Take(Math.Clamp(limit, 1, MaxViews))
            .AsNoTracking().ToListAsync(ct);
        var unitIds = rows.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).Distinct().ToList();
        var employerIds = rows.Where(r => r.EmployerOrganisationId is not null).Select(r => r.EmployerOrganisationId!.Value).Distinct().ToList();
        var placementIds = rows.Select(r => PlacementOf(r.Purpose)).OfType<int>().Distinct().ToList();
        var units = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var employers = await db.Employers.Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var placements = await db.Placements.Where(p => placementIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        return rows.Select(r =>
        {
            var unit = r.UnitId is { } u ? units.GetValueOrDefault(u) : null;
            var employer = r.EmployerOrganisationId is { } e ? employers.GetValueOrDefault(e) : null;
            var placement = PlacementOf(r.Purpose) is { } p ? placements.GetValueOrDefault(p) : null;
            return new ProfileView(r.At, r.Role, r.UnitId, unit, r.EmployerOrganisationId, employer, r.Purpose,
                Who(r.Role), Why(r.Purpose, placement is not null), placement);
        }).ToList();
    }

    /// <summary>"{0}" is the unit's or the employer's name.</summary>
    private static string Who(string role) => role switch
    {
        Roles.Coach => "A job coach at {0}",
        Roles.EmployerUser => "The employer {0}",
        Roles.Admin => "An administrator at {0}",
        _ => "Someone at {0}",
    };

    /// <summary>The purposes the server logs (AccessPolicy.OpenCandidateAsync callers), in words.</summary>
    private static string Why(string purpose, bool placementKnown) => purpose switch
    {
        ViewPurposes.Caseload => "to work with you on your plan",
        _ when ViewPurposes.IdOf(purpose, "agreement") is not null => "under an agreement between your unit and theirs",
        "edit" => "to update your profile",
        "matching" => "to look for placements that suit you",
        "search" => "when looking for candidates",
        "export" => "to give you a copy of your data",
        _ when PlacementOf(purpose) is not null => placementKnown ? "for the placement “{0}”" : "for a placement",
        _ => "to read your profile",
    };

    private static int? PlacementOf(string purpose) => ViewPurposes.IdOf(purpose, "placement");
}
