using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>The employer's view of the candidates presented for one placement. Before consent it
/// is a projection with no name, contact details or postcode, so it is not a profile view and is
/// not logged as one; the full profile goes through <see cref="AccessPolicy.OpenCandidateAsync"/>.</summary>
public sealed class PresentedCandidates(MarketplaceDbContext db, AccessPolicy access)
{
    /// <summary>The full profile behind one shortlist entry, for the employer it was presented to,
    /// only when the candidate said yes to the request for that entry; the view is logged with the
    /// entry's placement as purpose. Used by the page and by <c>GET /api/candidates/{id}?entry=</c>,
    /// so the API is exactly as strict as the page. Null entry: not presented to this employer.</summary>
    public async Task<(ShortlistEntry? Entry, Candidate? Candidate)> OpenSharedAsync(CurrentUser employer, int entryId, CancellationToken ct,
        int? candidateId = null)
    {
        var entry = await access.FindAsync(employer, access.VisibleShortlistEntries(employer), "ShortlistEntry", entryId, ct);
        if (entry is null)
        {
            return (null, null);
        }
        if (candidateId is { } expected && expected != entry.CandidateId)
        {
            // An entry of another candidate opens nothing, and is not a view of either.
            await access.LogDenialAsync(employer, "Candidate", expected, ct);
            return (entry, null);
        }
        if (!await db.ConsentRequests.AnyAsync(r => r.ShortlistEntryId == entryId && r.State == ConsentState.Accepted, ct))
        {
            await access.LogDenialAsync(employer, "Candidate", entry.CandidateId, ct);
            return (entry, null);
        }
        return (entry, await access.OpenCandidateAsync(employer, entry.CandidateId, ViewPurposes.Placement(entry.PlacementId), ct));
    }

    public async Task<List<PresentedCandidateDto>> ForPlacementAsync(CurrentUser employer, int placementId, CancellationToken ct)
    {
        // Numbered by position on the whole shortlist, so "Kandidat 3" stays "Kandidat 3".
        var allIds = await db.ShortlistEntries.Where(e => e.PlacementId == placementId).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        var entries = await access.VisibleShortlistEntries(employer).Where(e => e.PlacementId == placementId)
            .Include(e => e.Candidate!).ThenInclude(c => c.Skills)
            .Include(e => e.Candidate!).ThenInclude(c => c.Experience)
            .AsSplitQuery().OrderBy(e => e.Id).AsNoTracking().ToListAsync(ct);
        var entryIds = entries.Select(e => e.Id).ToList();
        var shared = await db.ConsentRequests.Where(r => entryIds.Contains(r.ShortlistEntryId) && r.State == ConsentState.Accepted)
            .Select(r => r.ShortlistEntryId).ToListAsync(ct);
        var skillIds = entries.SelectMany(e => e.Candidate!.Skills.Select(s => s.SkillId)).Distinct().ToList();
        var skills = await db.Skills.Where(s => skillIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Label, ct);
        var groupIds = entries.SelectMany(e => e.Candidate!.Experience.Select(x => x.OccupationGroupId)).Distinct().ToList();
        var groups = await db.OccupationGroups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Label, ct);
        // Only the ones who said yes are identifiable here; the others are pseudonyms.
        await access.LogListedAsync(employer, entries.Where(e => shared.Contains(e.Id)).Select(e => e.CandidateId), ViewPurposes.Placement(placementId), ct);
        return entries.Select(e =>
        {
            var c = e.Candidate!;
            var isShared = shared.Contains(e.Id);
            var number = allIds.IndexOf(e.Id) + 1;
            return new PresentedCandidateDto(
                e.Id, number, $"Kandidat {number}", isShared, isShared ? c.Id : null, c.SwedishLevel,
                c.Skills.Select(s => skills.GetValueOrDefault(s.SkillId, s.SkillId)).Order().ToList(),
                c.Experience.Select(x => $"{groups.GetValueOrDefault(x.OccupationGroupId, x.OccupationGroupId)} ({x.Years:0.#})").ToList(),
                e.EmployerAssessment, e.Version);
        }).ToList();
    }
}

/// <summary>A candidate as an employer sees them before consent: a pseudonym and what matters
/// for the work, no name, contact details or postcode. <c>CandidateId</c> is given only once the
/// candidate has said yes, so the full profile can be opened.</summary>
public sealed record PresentedCandidateDto(
    int EntryId, int Number, string Pseudonym, bool Shared, int? CandidateId, CefrLevel SwedishLevel, IReadOnlyList<string> Skills,
    IReadOnlyList<string> Experience, EmployerAssessment EmployerAssessment, Guid Version);
