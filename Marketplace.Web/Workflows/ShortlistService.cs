using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>Shortlists (PRODUCT.md capability 5): who may add whom, which status moves are allowed,
/// and a <see cref="ShortlistChange"/> row for every change, written in the same save.</summary>
public sealed class ShortlistService(MarketplaceDbContext db, AccessPolicy access, NotificationStage notes, TimeProvider clock)
{
    /// <summary>The coach's pipeline in order; the two "no" outcomes can be reached from any open step.</summary>
    private static readonly CoachStatus[] Pipeline =
        [CoachStatus.Considered, CoachStatus.Contacted, CoachStatus.Interested, CoachStatus.Presented, CoachStatus.MeetingBooked, CoachStatus.Placed];

    private static readonly HashSet<(EmployerAssessment, EmployerAssessment)> AssessmentMoves =
    [
        (EmployerAssessment.None, EmployerAssessment.UnderReview),
        (EmployerAssessment.None, EmployerAssessment.Interesting),
        (EmployerAssessment.None, EmployerAssessment.NotRelevant),
        (EmployerAssessment.UnderReview, EmployerAssessment.Interesting),
        (EmployerAssessment.UnderReview, EmployerAssessment.NotRelevant),
        (EmployerAssessment.Interesting, EmployerAssessment.NotRelevant),
        (EmployerAssessment.NotRelevant, EmployerAssessment.Interesting),
        (EmployerAssessment.Interesting, EmployerAssessment.Hired),
    ];

    /// <summary>Forward along the pipeline (steps may be skipped), out to "not interested / not
    /// suitable" from any open step, and back to "considered" to reopen a closed one.</summary>
    public static bool CanMove(CoachStatus from, CoachStatus to)
    {
        if (from == to || from == CoachStatus.Placed)
        {
            return false;
        }
        var closed = from is CoachStatus.NotInterested or CoachStatus.NotSuitable;
        if (closed)
        {
            return to == CoachStatus.Considered;
        }
        return to is CoachStatus.NotInterested or CoachStatus.NotSuitable || Array.IndexOf(Pipeline, to) > Array.IndexOf(Pipeline, from);
    }

    public static bool CanMove(EmployerAssessment from, EmployerAssessment to) => AssessmentMoves.Contains((from, to));

    /// <summary>Adds candidates to a published placement's shortlist. Candidates already on it are
    /// left as they are; a candidate outside the coach's scope makes the whole request not found.</summary>
    public async Task<UseCaseResult<List<ShortlistEntry>>> AddAsync(CurrentUser coach, int placementId, IReadOnlyCollection<int> candidateIds, CancellationToken ct)
    {
        var placement = await access.FindAsync(coach, access.VisiblePlacements(coach), "Placement", placementId, ct);
        if (placement is null)
        {
            return UseCaseResult<List<ShortlistEntry>>.Missing();
        }
        if (placement.Status != PlacementStatus.Published)
        {
            return UseCaseResult<List<ShortlistEntry>>.Invalid("PlacementId", "Candidates can only be added to a published placement.");
        }
        var ids = candidateIds.Distinct().ToList();
        var visible = await access.VisibleCandidates(coach).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        var hidden = ids.Except(visible).ToList();
        if (hidden.Count > 0)
        {
            foreach (var id in hidden)
            {
                await access.LogDenialAsync(coach, "Candidate", id, ct);
            }
            return UseCaseResult<List<ShortlistEntry>>.Missing();
        }
        var existing = await db.ShortlistEntries.Where(e => e.PlacementId == placementId && ids.Contains(e.CandidateId)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = ids.Except(existing.Select(e => e.CandidateId)).Select(id => new ShortlistEntry
        {
            PlacementId = placementId,
            CandidateId = id,
            CoachStatus = CoachStatus.Considered,
            EmployerAssessment = EmployerAssessment.None,
            AddedById = coach.Id,
            AddedAt = now,
            History = [new ShortlistChange { Field = "Added", To = nameof(CoachStatus.Considered), ById = coach.Id, At = now }],
        }).ToList();
        db.ShortlistEntries.AddRange(added);
        await db.SaveChangesAsync(ct);
        return UseCaseResult<List<ShortlistEntry>>.Done([.. existing, .. added]);
    }

    /// <summary>The coach moves an entry to a new status, or only adds a note (status null).</summary>
    public async Task<UseCaseResult<ShortlistEntry>> SetCoachStatusAsync(CurrentUser coach, int entryId, CoachStatus? status, string? note, Guid version, CancellationToken ct)
    {
        var entry = await access.FindAsync(coach, access.VisibleShortlistEntries(coach), "ShortlistEntry", entryId, ct);
        if (entry is null)
        {
            return UseCaseResult<ShortlistEntry>.Missing();
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (status is null && note is null)
        {
            return UseCaseResult<ShortlistEntry>.Invalid("Note", "Choose a new status or write a note.");
        }
        if (status is { } to && !(Enum.IsDefined(to) && CanMove(entry.CoachStatus, to)))
        {
            return UseCaseResult<ShortlistEntry>.Invalid("Status", $"A candidate who is {entry.CoachStatus} cannot become {to}.");
        }
        var change = new ShortlistChange { Field = status is null ? "Note" : "CoachStatus", Note = note, ById = coach.Id, At = clock.GetUtcNow().UtcDateTime };
        if (status is { } next)
        {
            change.From = entry.CoachStatus.ToString();
            change.To = next.ToString();
            entry.CoachStatus = next;
            var about = new NotificationPayload(EntryId: entry.Id, PlacementId: entry.PlacementId, To: next.ToString());
            await notes.AddAsync(await notes.CandidateUsersAsync(entry.CandidateId, ct), coach.Id, NotificationKinds.ShortlistStatus, about, ct);
            if (next == CoachStatus.Presented)
            {
                var employerId = await db.Placements.Where(p => p.Id == entry.PlacementId).Select(p => p.EmployerOrganisationId).SingleAsync(ct);
                await notes.AddAsync(await notes.EmployerUsersAsync(employerId, ct), coach.Id, NotificationKinds.CandidatePresented, about with { To = null }, ct);
            }
        }
        return await RecordAsync(entry, change, version, ct);
    }

    /// <summary>The employer's assessment of a candidate presented to them.</summary>
    public async Task<UseCaseResult<ShortlistEntry>> SetAssessmentAsync(CurrentUser employer, int entryId, EmployerAssessment assessment, string? note, Guid version, CancellationToken ct)
    {
        var entry = await access.FindAsync(employer, access.VisibleShortlistEntries(employer), "ShortlistEntry", entryId, ct);
        if (entry is null)
        {
            return UseCaseResult<ShortlistEntry>.Missing();
        }
        if (!CanMove(entry.EmployerAssessment, assessment))
        {
            return UseCaseResult<ShortlistEntry>.Invalid("Assessment", $"An assessment that is {entry.EmployerAssessment} cannot become {assessment}.");
        }
        var change = new ShortlistChange
        {
            Field = "EmployerAssessment",
            From = entry.EmployerAssessment.ToString(),
            To = assessment.ToString(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ById = employer.Id,
            At = clock.GetUtcNow().UtcDateTime,
        };
        entry.EmployerAssessment = assessment;
        await notes.AddAsync(entry.AddedById, employer.Id, NotificationKinds.EmployerAssessed,
            new(EntryId: entry.Id, PlacementId: entry.PlacementId, To: assessment.ToString()), ct);
        return await RecordAsync(entry, change, version, ct);
    }

    private async Task<UseCaseResult<ShortlistEntry>> RecordAsync(ShortlistEntry entry, ShortlistChange change, Guid version, CancellationToken ct)
    {
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        change.ShortlistEntryId = entry.Id;
        db.ShortlistChanges.Add(change);
        // The version changes even for a note, so two people writing at once notice each other.
        db.Entry(entry).State = EntityState.Modified;
        return await notes.TrySaveAsync(ct) ? UseCaseResult<ShortlistEntry>.Done(entry) : UseCaseResult<ShortlistEntry>.Stale();
    }
}
