using System.Globalization;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Access;

/// <summary>A viewer who opened a candidate's profile with nothing on record that ties them to
/// that candidate: how often, first and last time, and the purposes logged.</summary>
public sealed record UnexplainedView(string ViewerId, string Viewer, string Role, int CandidateId, string Candidate, int Views, DateTime First, DateTime Last,
    IReadOnlyList<string> Purposes);

/// <summary>The data-protection follow-up of the access log (IMY expects systematic review): the
/// views in a period of the admin's unit's candidates, or by its staff, that no active reason
/// explains — for a coach: not the candidate's own coach, no shortlist entry, consent request,
/// outcome or meeting invitation of theirs for the candidate; for an employer: no consent from
/// the candidate. Admins have no reason to open profiles at all. Being shown in a list is left
/// out: the lists are the coach's scope, the openings are what a review asks about.</summary>
public sealed class AuditFollowUp(MarketplaceDbContext db, AccessPolicy access)
{
    public const int MaxRows = 5000;

    public async Task<List<UnexplainedView>> UnexplainedAsync(CurrentUser admin, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!admin.Is(Roles.Admin) || admin.UnitId is not { } unit)
        {
            return [];
        }
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.AccessAudit
            .Where(a => a.ObjectKind == "Candidate" && a.Permitted && a.At >= start && a.At < end && a.Role != Roles.Candidate
                && !a.Purpose.StartsWith(ViewPurposes.ListPrefix))
            .OrderBy(a => a.Id).Take(MaxRows).AsNoTracking().ToListAsync(ct);
        var viewed = rows.Select(r => int.TryParse(r.ObjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        var candidates = await db.Candidates.Where(c => viewed.Contains(c.Id))
            .Select(c => new { c.Id, c.UnitId, c.CoachId, Name = c.FirstName + " " + c.LastName }).ToDictionaryAsync(c => c.Id, ct);
        // Reasons on record, as (viewer, candidate) pairs.
        var reasons = new HashSet<(string, int)>();
        foreach (var c in candidates.Values.Where(c => c.CoachId is not null))
        {
            reasons.Add((c.CoachId!, c.Id));
        }
        foreach (var x in await db.ShortlistEntries.Where(e => viewed.Contains(e.CandidateId) && e.AddedById != null)
                     .Select(e => new { e.AddedById, e.CandidateId }).ToListAsync(ct))
        {
            reasons.Add((x.AddedById!, x.CandidateId));
        }
        foreach (var x in await db.ConsentRequests.Where(r => viewed.Contains(r.CandidateId)).Select(r => new { r.RequestedById, r.CandidateId }).ToListAsync(ct))
        {
            reasons.Add((x.RequestedById, x.CandidateId));
        }
        foreach (var x in await db.Outcomes.Where(o => viewed.Contains(o.CandidateId)).Select(o => new { o.RecordedById, o.CandidateId }).ToListAsync(ct))
        {
            reasons.Add((x.RecordedById, x.CandidateId));
        }
        var invitedBy = await db.MeetingInvitations.Where(i => viewed.Contains(i.CandidateId)).Select(i => new { i.Meeting!.UnitId, i.CandidateId }).ToListAsync(ct);
        var consented = (await db.ConsentRequests.Where(r => viewed.Contains(r.CandidateId) && r.State == ConsentState.Accepted)
            .Select(r => new { r.EmployerOrganisationId, r.CandidateId }).ToListAsync(ct)).Select(x => (x.EmployerOrganisationId, x.CandidateId)).ToHashSet();

        bool Explained(AccessAuditEntry r, int candidateId) => r.Role switch
        {
            Roles.Coach => reasons.Contains((r.UserId, candidateId)) || invitedBy.Any(i => i.CandidateId == candidateId && i.UnitId == r.UnitId),
            Roles.EmployerUser => r.EmployerOrganisationId is { } org && consented.Contains((org, candidateId)),
            _ => false,
        };

        var open = rows
            .Select(r => (Row: r, Id: int.TryParse(r.ObjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0))
            .Where(x => candidates.TryGetValue(x.Id, out var c) && (c.UnitId == unit || x.Row.UnitId == unit) && !Explained(x.Row, x.Id))
            .GroupBy(x => (x.Row.UserId, x.Id))
            .ToList();
        var viewerIds = open.Select(g => g.Key.UserId).Distinct().ToList();
        var viewers = await db.Users.Where(u => viewerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName + " (" + u.Email + ")", ct);
        var result = open.Select(g => new UnexplainedView(g.Key.UserId, viewers.GetValueOrDefault(g.Key.UserId, "?"), g.First().Row.Role, g.Key.Id,
                candidates[g.Key.Id].Name, g.Count(), g.Min(x => x.Row.At), g.Max(x => x.Row.At), g.Select(x => x.Row.Purpose).Distinct().Order().ToList()))
            .OrderByDescending(v => v.Views).ThenBy(v => v.Viewer, StringComparer.Ordinal).ToList();
        // The review itself shows candidates' names to the admin: it is a view like any other.
        await access.LogListedAsync(admin, result.Select(v => v.CandidateId), "audit-review", ct);
        return result;
    }
}
