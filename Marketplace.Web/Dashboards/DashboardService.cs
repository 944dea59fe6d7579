using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Dashboards;

/// <summary>Computes a unit's dashboard with counts and groupings done in the database: each
/// figure is one aggregate query over the cohort (the unit's own candidates registered in the
/// period). Only the self-sufficiency figures read rows back, one (registered, first start) pair
/// per candidate who got there, because a median needs the values.</summary>
public sealed class DashboardService(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>Quartiles of fewer values than this say little; only the median is given.</summary>
    public const int QuartilesFrom = 8;

    /// <summary>At most this many meetings are listed (a unit holding two a month fills three years).</summary>
    public const int MaxMeetings = 100;

    /// <summary>The unit whose figures this user may see: a coach's own unit, or an admin's (the
    /// unit they administer). Candidates of units sharing with it are their own unit's figures,
    /// not this one's. Null for everyone else.</summary>
    public static int? UnitOf(CurrentUser user) =>
        user.Role is Roles.Coach or Roles.Admin ? user.UnitId : null;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Dashboard> ComputeAsync(int unitId, DashboardPeriod period, CancellationToken ct)
    {
        var today = Today;
        var (from, toExclusive) = (period.FromUtc, period.ToExclusiveUtc);
        var cohort = db.Candidates.Where(c => c.UnitId == unitId && c.RegisteredAt >= from && c.RegisteredAt < toExclusive);
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync(ct);

        var funnel = await FunnelAsync(cohort, ct);
        var firsts = await FirstWorkOrStudiesAsync(cohort, today, ct);
        var selfSufficiency = SelfSufficiencyOf(firsts.Select(f => f.Start.DayNumber - f.Registered.DayNumber).ToList());
        var share = await ShareAsync(cohort, firsts, period, today, ct);
        var byGender = await OutcomesByGenderAsync(cohort, ct);
        var meetings = await db.Meetings
            .Where(m => m.UnitId == unitId && m.Status == MeetingStatus.Completed && m.StartsAt >= from && m.StartsAt < toExclusive)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Take(MaxMeetings)
            .Select(m => new MeetingResult(m.Id, m.Title, m.StartsAt,
                m.Invitations.Count,
                m.Invitations.Count(i => i.State == InvitationState.Accepted),
                m.Invitations.Count(i => i.Attended == true),
                m.Invitations.Count(i => i.Outcome == MeetingOutcome.Placement),
                m.Invitations.Count(i => i.Outcome == MeetingOutcome.Job)))
            .AsNoTracking().ToListAsync(ct);
        return new Dashboard(unitId, unitName, period, funnel, selfSufficiency, share, byGender, meetings);
    }

    /// <summary>One COUNT per step. A candidate counts as presented if an entry is at "presented"
    /// or a later step now, or ever was set to "presented" (a later "not interested" does not undo it).</summary>
    private async Task<List<FunnelStep>> FunnelAsync(IQueryable<Candidate> cohort, CancellationToken ct)
    {
        var presentedOrLater = new[] { CoachStatus.Presented, CoachStatus.MeetingBooked, CoachStatus.Placed };
        var presented = nameof(CoachStatus.Presented);
        var steps = new (string Step, IQueryable<Candidate> Reached)[]
        {
            (FunnelSteps.Registered, cohort),
            (FunnelSteps.Shortlisted, cohort.Where(c => db.ShortlistEntries.Any(e => e.CandidateId == c.Id))),
            (FunnelSteps.ConsentGiven, cohort.Where(c => db.ConsentRequests.Any(r => r.CandidateId == c.Id && r.State == ConsentState.Accepted))),
            (FunnelSteps.Presented, cohort.Where(c => db.ShortlistEntries.Any(e => e.CandidateId == c.Id
                && (presentedOrLater.Contains(e.CoachStatus) || e.History.Any(h => h.Field == "CoachStatus" && h.To == presented))))),
            (FunnelSteps.Invited, cohort.Where(c => db.MeetingInvitations.Any(i => i.CandidateId == c.Id && i.Meeting!.Status != MeetingStatus.Draft))),
            (FunnelSteps.Outcome, cohort.Where(c => db.Outcomes.Any(o => o.CandidateId == c.Id))),
        };
        var result = new List<FunnelStep>(steps.Length);
        foreach (var (step, reached) in steps)
        {
            result.Add(new FunnelStep(step, await reached.CountAsync(ct)));
        }
        return result;
    }

    /// <summary>Per cohort candidate who has one: registration day and the start of their first job
    /// or studies that has begun by today (egen försörjning; a placement is not).</summary>
    private async Task<List<(DateOnly Registered, DateOnly Start)>> FirstWorkOrStudiesAsync(IQueryable<Candidate> cohort, DateOnly today,
        CancellationToken ct)
    {
        var rows = await db.Outcomes
            .Where(o => (o.Kind == OutcomeKind.Job || o.Kind == OutcomeKind.Studies) && o.StartDate <= today)
            .GroupBy(o => o.CandidateId)
            .Select(g => new { CandidateId = g.Key, Start = g.Min(o => o.StartDate) })
            .Join(cohort, f => f.CandidateId, c => c.Id, (f, c) => new { c.RegisteredAt, f.Start })
            .ToListAsync(ct);
        return rows.Select(r => (DateOnly.FromDateTime(r.RegisteredAt), r.Start)).ToList();
    }

    public static SelfSufficiency SelfSufficiencyOf(List<int> days)
    {
        if (days.Count == 0)
        {
            return new SelfSufficiency(0, null, null, null);
        }
        days.Sort();
        var quartiles = days.Count >= QuartilesFrom;
        return new SelfSufficiency(days.Count, Percentile(days, 0.5),
            quartiles ? Percentile(days, 0.25) : null, quartiles ? Percentile(days, 0.75) : null);
    }

    /// <summary>Linear interpolation between the closest ranks (the spreadsheet PERCENTILE.INC):
    /// the median of an even count is the mean of the middle two.</summary>
    public static double Percentile(IReadOnlyList<int> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }

    private static async Task<ShareInWorkOrStudies> ShareAsync(IQueryable<Candidate> cohort, List<(DateOnly Registered, DateOnly Start)> firsts,
        DashboardPeriod period, DateOnly today, CancellationToken ct)
    {
        // Someone registered later has not had the whole N months yet: counting them would
        // understate the share. A period ending in the future is measured up to today.
        var end = period.To < today ? period.To : today;
        var registeredBy = end.AddMonths(-period.Months);
        var before = registeredBy.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var eligible = await cohort.CountAsync(c => c.RegisteredAt < before, ct);
        var reached = firsts.Count(f => f.Registered <= registeredBy && f.Start <= f.Registered.AddMonths(period.Months));
        return new ShareInWorkOrStudies(period.Months, registeredBy, eligible, reached, eligible == 0 ? null : (double)reached / eligible);
    }

    /// <summary>Grouped counts by the stored gender value, then folded into the reported groups and
    /// suppressed. Gender is read here, for aggregate reporting, and nowhere near matching.</summary>
    private async Task<List<GenderRow>> OutcomesByGenderAsync(IQueryable<Candidate> cohort, CancellationToken ct)
    {
        async Task<int[]> CountByGroupAsync(IQueryable<Candidate> candidates)
        {
            var grouped = await candidates.GroupBy(c => c.Gender).Select(g => new { Gender = g.Key, Count = g.Count() }).ToListAsync(ct);
            return GenderGroups.All.Select(group => grouped.Where(g => GenderGroups.Of(g.Gender) == group).Sum(g => g.Count)).ToArray();
        }
        IQueryable<Candidate> WithOutcome(OutcomeKind kind) => cohort.Where(c => db.Outcomes.Any(o => o.CandidateId == c.Id && o.Kind == kind));

        var columns = new List<IReadOnlyList<int>>
        {
            await CountByGroupAsync(cohort),
            await CountByGroupAsync(WithOutcome(OutcomeKind.Placement)),
            await CountByGroupAsync(WithOutcome(OutcomeKind.Job)),
            await CountByGroupAsync(WithOutcome(OutcomeKind.Studies)),
        };
        var cells = SmallCells.Suppress(columns);
        return GenderGroups.All.Select((group, row) => new GenderRow(group, cells[0][row], cells[1][row], cells[2][row], cells[3][row])).ToList();
    }
}
