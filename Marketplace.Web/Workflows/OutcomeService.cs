using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>An outcome as a coach records it: a placement (which one), a job (at which employer,
/// optionally from which placement) or studies, from a start date to an optional end date.</summary>
public sealed record OutcomeRequest(
    OutcomeKind Kind,
    int? PlacementId,
    int? EmployerId,
    DateOnly StartDate,
    DateOnly? EndDate,
    [property: StringLength(1000), MultiLine] string? Note,
    Guid? Version = null);

/// <summary>Outcomes per candidate (PRODUCT.md capability 9). Only a coach who may see the
/// candidate records or changes one; nothing else creates them — an employer's "hired" or a
/// shortlist "placed" is a signal the coach confirms with dates, not an outcome by itself.</summary>
public sealed class OutcomeService(MarketplaceDbContext db, AccessPolicy access, TimeProvider clock)
{
    /// <summary>How far ahead a start may lie: an agreed job can start next term, not in a decade.</summary>
    public const int MaxMonthsAhead = 12;

    /// <summary>Longest span one outcome may cover; longer is a typing error, not a programme.</summary>
    public const int MaxYears = 10;

    public async Task<UseCaseResult<CandidateOutcome>> RecordAsync(CurrentUser coach, int candidateId, OutcomeRequest r, CancellationToken ct)
    {
        // Follow-up is the candidate's own unit's (decisions/0015): a receiving unit only reads it.
        if (await access.FindAsync(coach, access.ChangeableCandidates(coach), "Candidate", candidateId, ct) is null)
        {
            return UseCaseResult<CandidateOutcome>.Missing();
        }
        var (errors, placement) = await ValidateAsync(coach, r, ct);
        if (errors.Any)
        {
            return UseCaseResult<CandidateOutcome>.Invalid(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = new CandidateOutcome { CandidateId = candidateId, RecordedById = coach.Id, RecordedAt = now };
        Apply(r, outcome, placement, now);
        db.Outcomes.Add(outcome);
        await db.SaveChangesAsync(ct);
        return UseCaseResult<CandidateOutcome>.Done(outcome);
    }

    /// <summary>Changes an outcome, typically to set its end date; guarded by the version edited.</summary>
    public async Task<UseCaseResult<CandidateOutcome>> UpdateAsync(CurrentUser coach, int outcomeId, OutcomeRequest r, CancellationToken ct)
    {
        var changeable = access.ChangeableCandidates(coach).Select(c => c.Id);
        var outcome = await access.FindAsync(coach, access.VisibleOutcomes(coach).Where(o => changeable.Contains(o.CandidateId)), "Outcome", outcomeId, ct);
        if (outcome is null)
        {
            return UseCaseResult<CandidateOutcome>.Missing();
        }
        var (errors, placement) = await ValidateAsync(coach, r, ct);
        if (r.Version is null)
        {
            errors.Add(nameof(r.Version), "Send the version you edited, so a concurrent change is not overwritten.");
        }
        if (errors.Any)
        {
            return UseCaseResult<CandidateOutcome>.Invalid(errors);
        }
        db.Entry(outcome).Property(o => o.Version).OriginalValue = r.Version!.Value;
        Apply(r, outcome, placement, clock.GetUtcNow().UtcDateTime);
        return await db.TrySaveAsync(ct) ? UseCaseResult<CandidateOutcome>.Done(outcome) : UseCaseResult<CandidateOutcome>.Stale();
    }

    /// <summary>Outcomes in the scope, newest start first, with the placement and employer names.</summary>
    public Task<List<CandidateOutcome>> ListAsync(CurrentUser user, int candidateId, CancellationToken ct) =>
        access.VisibleOutcomes(user).Where(o => o.CandidateId == candidateId)
            .Include(o => o.Placement).Include(o => o.EmployerOrganisation)
            .OrderByDescending(o => o.StartDate).ThenByDescending(o => o.Id).AsNoTracking().ToListAsync(ct);

    private async Task<(FieldErrors, Placement?)> ValidateAsync(CurrentUser coach, OutcomeRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.CheckClientValues(r);
        errors.AddAttributeErrors(r);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!Enum.IsDefined(r.Kind))
        {
            errors.Add(nameof(r.Kind), "Choose placement, job or studies.");
        }
        if (r.StartDate.Year < 2000 || r.StartDate > today.AddMonths(MaxMonthsAhead))
        {
            errors.Add(nameof(r.StartDate), "Enter a start date from 2000 up to 12 months ahead.");
        }
        if (r.EndDate is { } end && end < r.StartDate)
        {
            errors.Add(nameof(r.EndDate), "The end date cannot be before the start date.");
        }
        else if (r.EndDate is { } far && far > r.StartDate.AddYears(MaxYears))
        {
            errors.Add(nameof(r.EndDate), "Enter an end date within 10 years of the start.");
        }
        Placement? placement = null;
        if (r.PlacementId is { } pid)
        {
            // Through the coach's scope: drafts and unknown ids are the same "pick one from the list".
            placement = await access.VisiblePlacements(coach).AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct);
            if (placement is null)
            {
                errors.Add(nameof(r.PlacementId), "Pick a placement from the list.");
            }
        }
        switch (r.Kind)
        {
            case OutcomeKind.Placement when r.PlacementId is null:
                errors.Add(nameof(r.PlacementId), "Choose the placement the candidate got.");
                break;
            case OutcomeKind.Job when r.EmployerId is null && r.PlacementId is null:
                errors.Add(nameof(r.EmployerId), "Choose the employer.");
                break;
            case OutcomeKind.Studies when r.PlacementId is not null || r.EmployerId is not null:
                errors.Add(nameof(r.Kind), "Studies have no placement or employer; describe them in the note.");
                return (errors, null);
        }
        if (r.EmployerId is { } eid)
        {
            if (!await access.VisibleEmployers(coach).AnyAsync(e => e.Id == eid, ct))
            {
                errors.Add(nameof(r.EmployerId), "Pick an employer from the list.");
            }
            else if (placement is not null && placement.EmployerOrganisationId != eid)
            {
                errors.Add(nameof(r.PlacementId), "The placement belongs to another employer.");
            }
        }
        return (errors, placement);
    }

    /// <summary>A placement outcome's employer is the placement's; a job's is the one chosen, or its placement's.</summary>
    private static void Apply(OutcomeRequest r, CandidateOutcome o, Placement? placement, DateTime now)
    {
        o.Kind = r.Kind;
        o.PlacementId = r.Kind == OutcomeKind.Studies ? null : placement?.Id;
        o.EmployerOrganisationId = r.Kind == OutcomeKind.Studies ? null : r.EmployerId ?? placement?.EmployerOrganisationId;
        o.StartDate = r.StartDate;
        o.EndDate = r.EndDate;
        o.Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        o.UpdatedAt = now;
    }
}
