using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>Consent to share (PRODUCT.md capability 6). A pending request whose deadline has
/// passed counts as expired — not consented — whether or not a row was ever updated to say so.</summary>
public sealed class ConsentService(MarketplaceDbContext db, AccessPolicy access, NotificationStage notes, TimeProvider clock)
{
    public static readonly int[] DeadlineDays = [2, 3, 7];

    /// <summary>Longest answer time a coach may set with a date; a request should not linger.</summary>
    public const int MaxDeadlineDays = 60;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static ConsentState Effective(ConsentRequest r, DateTime now) =>
        r.State == ConsentState.Pending && r.Deadline <= now ? ConsentState.Expired : r.State;

    /// <summary>The coach asks the candidate; allowed when no request for this entry is open or accepted.</summary>
    public async Task<UseCaseResult<ConsentRequest>> SendAsync(CurrentUser coach, int entryId, int? days, DateOnly? date, CancellationToken ct)
    {
        var entry = await access.FindAsync(coach, access.VisibleShortlistEntries(coach).Include(e => e.Placement), "ShortlistEntry", entryId, ct);
        if (entry is null)
        {
            return UseCaseResult<ConsentRequest>.Missing();
        }
        var now = Now;
        DateTime deadline;
        if (days is { } d && date is null && DeadlineDays.Contains(d))
        {
            deadline = now.AddDays(d);
        }
        else if (days is null && date is { } on && on > DateOnly.FromDateTime(now) && on <= DateOnly.FromDateTime(now).AddDays(MaxDeadlineDays))
        {
            // The whole chosen day counts: the deadline is the end of it (UTC).
            deadline = on.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        else
        {
            return UseCaseResult<ConsentRequest>.Invalid("Deadline", $"Choose 2, 3 or 7 days, or a date within {MaxDeadlineDays} days from tomorrow.");
        }
        var earlier = await db.ConsentRequests.Where(r => r.ShortlistEntryId == entryId).ToListAsync(ct);
        if (earlier.Any(r => Effective(r, now) is ConsentState.Pending or ConsentState.Accepted))
        {
            return UseCaseResult<ConsentRequest>.Invalid("Deadline", "A request is already waiting for an answer or has been accepted. Withdraw it first.");
        }
        foreach (var stale in earlier.Where(r => r.State == ConsentState.Pending))
        {
            stale.State = ConsentState.Expired;
        }
        var request = new ConsentRequest
        {
            ShortlistEntryId = entryId,
            CandidateId = entry.CandidateId,
            EmployerOrganisationId = entry.Placement!.EmployerOrganisationId,
            RequestedById = coach.Id,
            RequestedAt = now,
            Deadline = deadline,
            State = ConsentState.Pending,
        };
        db.ConsentRequests.Add(request);
        db.ShortlistChanges.Add(Change(entryId, null, ConsentState.Pending, coach.Id, now));
        await notes.AddAsync(await notes.CandidateUsersAsync(entry.CandidateId, ct), coach.Id, NotificationKinds.ConsentRequested,
            new(EntryId: entryId, PlacementId: entry.PlacementId), ct);
        await notes.SaveAsync(ct);
        return UseCaseResult<ConsentRequest>.Done(request);
    }

    /// <summary>The coach, or the candidate it is about, withdraws a waiting or accepted request.
    /// Taking consent back is the candidate's right: the employer's access ends with this save
    /// (it rests on an accepted request), and the coach and the employer are told.</summary>
    public async Task<UseCaseResult<ConsentRequest>> WithdrawAsync(CurrentUser user, int requestId, CancellationToken ct)
    {
        var scope = user.Is(Roles.Coach) || user.Is(Roles.Candidate) ? access.VisibleConsentRequests(user) : db.ConsentRequests.Where(_ => false);
        var request = await access.FindAsync(user, scope, "ConsentRequest", requestId, ct);
        if (request is null)
        {
            return UseCaseResult<ConsentRequest>.Missing();
        }
        var now = Now;
        var state = Effective(request, now);
        if (state is not (ConsentState.Pending or ConsentState.Accepted))
        {
            return UseCaseResult<ConsentRequest>.Invalid("State", $"A request that is {state} cannot be withdrawn.");
        }
        request.State = ConsentState.Withdrawn;
        db.ShortlistChanges.Add(Change(request.ShortlistEntryId, state, ConsentState.Withdrawn, user.Id, now));
        var about = new NotificationPayload(EntryId: request.ShortlistEntryId, RequestId: request.Id);
        if (user.Is(Roles.Candidate))
        {
            await notes.AddAsync(request.RequestedById, user.Id, NotificationKinds.ConsentWithdrawnByCandidate, about, ct);
            if (state == ConsentState.Accepted)
            {
                await notes.AddAsync(await notes.EmployerUsersAsync(request.EmployerOrganisationId, ct), user.Id, NotificationKinds.ConsentWithdrawnByCandidate, about, ct);
            }
        }
        else
        {
            await notes.AddAsync(await notes.CandidateUsersAsync(request.CandidateId, ct), user.Id, NotificationKinds.ConsentWithdrawn, about, ct);
        }
        return await notes.TrySaveAsync(ct) ? UseCaseResult<ConsentRequest>.Done(request) : UseCaseResult<ConsentRequest>.Stale();
    }

    /// <summary>The candidate answers their own request, before its deadline.</summary>
    public async Task<UseCaseResult<ConsentRequest>> AnswerAsync(CurrentUser candidate, int requestId, bool accept, CancellationToken ct)
    {
        var request = await access.FindAsync(candidate, access.VisibleConsentRequests(candidate), "ConsentRequest", requestId, ct);
        if (request is null)
        {
            return UseCaseResult<ConsentRequest>.Missing();
        }
        var now = Now;
        var state = Effective(request, now);
        if (state != ConsentState.Pending)
        {
            return UseCaseResult<ConsentRequest>.Invalid("Accept", state == ConsentState.Expired
                ? "The time to answer has passed. Ask your coach to send the question again."
                : $"This question is already {state}.");
        }
        var to = accept ? ConsentState.Accepted : ConsentState.Declined;
        request.State = to;
        request.AnsweredAt = now;
        db.ShortlistChanges.Add(Change(request.ShortlistEntryId, state, to, candidate.Id, now));
        var placementId = await db.ShortlistEntries.Where(e => e.Id == request.ShortlistEntryId).Select(e => e.PlacementId).SingleAsync(ct);
        var about = new NotificationPayload(EntryId: request.ShortlistEntryId, PlacementId: placementId, RequestId: request.Id, To: to.ToString());
        await notes.AddAsync(request.RequestedById, candidate.Id, NotificationKinds.ConsentAnswered, about, ct);
        if (accept)
        {
            await notes.AddAsync(await notes.EmployerUsersAsync(request.EmployerOrganisationId, ct), candidate.Id, NotificationKinds.CandidateShared, about with { To = null }, ct);
        }
        return await notes.TrySaveAsync(ct) ? UseCaseResult<ConsentRequest>.Done(request) : UseCaseResult<ConsentRequest>.Stale();
    }

    /// <summary>True when this entry's candidate has said yes to this employer for this placement.</summary>
    public Task<bool> IsSharedAsync(int entryId, CancellationToken ct) =>
        db.ConsentRequests.AnyAsync(r => r.ShortlistEntryId == entryId && r.State == ConsentState.Accepted, ct);

    private static ShortlistChange Change(int entryId, ConsentState? from, ConsentState to, string by, DateTime at) => new()
    {
        ShortlistEntryId = entryId,
        Field = "Consent",
        From = from?.ToString(),
        To = to.ToString(),
        ById = by,
        At = at,
    };
}
