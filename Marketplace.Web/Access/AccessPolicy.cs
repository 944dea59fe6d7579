using System.Globalization;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Access;

/// <summary>Every per-object access decision goes through here, so the rules sit in one place and
/// every decision on a candidate profile, and every denial of anything, lands in the append-only
/// audit log. Callers answer 404 on a denial, so an id reveals nothing about whether it exists.</summary>
public sealed class AccessPolicy(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>Queryable of the candidates this user may see (their caseload scope).</summary>
    public IQueryable<Candidate> VisibleCandidates(CurrentUser user)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        switch (user.Role)
        {
            case Roles.Coach when user.UnitId is { } unit:
                var sharing = ActiveAgreements(today).Where(a => a.ReceivingUnitId == unit).Select(a => a.GrantingUnitId);
                return db.Candidates.Where(c => c.UnitId == unit || sharing.Contains(c.UnitId));
            case Roles.EmployerUser when user.EmployerId is { } org:
                // Only candidates who said yes to sharing with this employer.
                var consented = db.ConsentRequests
                    .Where(r => r.EmployerOrganisationId == org && r.State == ConsentState.Accepted)
                    .Select(r => r.CandidateId);
                return db.Candidates.Where(c => consented.Contains(c.Id));
            case Roles.Candidate when user.CandidateId is { } self:
                return db.Candidates.Where(c => c.Id == self);
            default:
                // Admins manage units and agreements; they do not browse profiles.
                return db.Candidates.Where(_ => false);
        }
    }

    /// <summary>The candidates this user may change (profile, outcomes): a coach those of their own
    /// unit only. An agreement lets the receiving unit see, match, shortlist and present the granting
    /// unit's candidates; their profile and follow-up stay the granting unit's (decisions/0015).</summary>
    public IQueryable<Candidate> ChangeableCandidates(CurrentUser user) => user.Role switch
    {
        Roles.Coach when user.UnitId is { } unit => db.Candidates.Where(c => c.UnitId == unit),
        _ => db.Candidates.Where(_ => false),
    };

    /// <summary>Agreements in force on <paramref name="today"/>: started, not past their end date, not ended.</summary>
    public IQueryable<DataSharingAgreement> ActiveAgreements(DateOnly today) =>
        db.DataSharingAgreements.Where(a => a.EndedAt == null && a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today));

    /// <summary>The same rule as <see cref="ActiveAgreements"/>, on one loaded agreement.</summary>
    public static bool InForce(DataSharingAgreement a, DateOnly today) =>
        a.EndedAt is null && a.ValidFrom <= today && (a.ValidTo is null || a.ValidTo >= today);

    /// <summary>An admin sees the agreements their unit grants or receives.</summary>
    public IQueryable<DataSharingAgreement> VisibleAgreements(CurrentUser user) => user.Role switch
    {
        Roles.Admin when user.UnitId is { } unit => db.DataSharingAgreements.Where(a => a.GrantingUnitId == unit || a.ReceivingUnitId == unit),
        _ => db.DataSharingAgreements.Where(_ => false),
    };

    /// <summary>The units whose candidates this admin may share: their own.</summary>
    public IQueryable<MunicipalUnit> GrantableUnits(CurrentUser user) => user.Role switch
    {
        Roles.Admin when user.UnitId is { } unit => db.Units.Where(u => u.Id == unit),
        _ => db.Units.Where(_ => false),
    };

    public IQueryable<Placement> VisiblePlacements(CurrentUser user) => user.Role switch
    {
        Roles.EmployerUser when user.EmployerId is { } org => db.Placements.Where(p => p.EmployerOrganisationId == org),
        // Drafts are the employer's own business until published.
        Roles.Coach or Roles.Candidate => db.Placements.Where(p => p.Status != PlacementStatus.Draft),
        Roles.Admin => db.Placements,
        _ => db.Placements.Where(_ => false),
    };

    public IQueryable<EmployerOrganisation> VisibleEmployers(CurrentUser user) => user.Role switch
    {
        Roles.EmployerUser when user.EmployerId is { } org => db.Employers.Where(e => e.Id == org),
        Roles.Coach or Roles.Admin => db.Employers,
        _ => db.Employers.Where(_ => false),
    };

    public IQueryable<MunicipalUnit> VisibleUnits(CurrentUser user) => user.Role switch
    {
        Roles.Coach when user.UnitId is { } unit => db.Units.Where(u => u.Id == unit),
        Roles.Admin => db.Units,
        _ => db.Units.Where(_ => false),
    };

    /// <summary>Shortlist entries: a coach sees entries for candidates and placements in their
    /// scope; an employer sees entries presented to them (a consent request was sent, or the coach
    /// marked the candidate presented), pseudonymised until consent; a candidate sees their own.</summary>
    public IQueryable<ShortlistEntry> VisibleShortlistEntries(CurrentUser user)
    {
        switch (user.Role)
        {
            case Roles.Coach when user.UnitId is not null:
                var placements = VisiblePlacements(user).Select(p => p.Id);
                var candidates = VisibleCandidates(user).Select(c => c.Id);
                return db.ShortlistEntries.Where(e => placements.Contains(e.PlacementId) && candidates.Contains(e.CandidateId));
            case Roles.EmployerUser when user.EmployerId is { } org:
                return db.ShortlistEntries.Where(e => e.Placement!.EmployerOrganisationId == org
                    && (db.ConsentRequests.Any(r => r.ShortlistEntryId == e.Id)
                        || e.CoachStatus == CoachStatus.Presented || e.CoachStatus == CoachStatus.MeetingBooked || e.CoachStatus == CoachStatus.Placed));
            case Roles.Candidate when user.CandidateId is { } self:
                return db.ShortlistEntries.Where(e => e.CandidateId == self);
            default:
                return db.ShortlistEntries.Where(_ => false);
        }
    }

    /// <summary>Consent requests: the coach's (through their shortlist scope), the candidate's own,
    /// and an employer's (state only: the request itself reveals no profile).</summary>
    public IQueryable<ConsentRequest> VisibleConsentRequests(CurrentUser user)
    {
        switch (user.Role)
        {
            case Roles.Coach:
                var entries = VisibleShortlistEntries(user).Select(e => e.Id);
                return db.ConsentRequests.Where(r => entries.Contains(r.ShortlistEntryId));
            case Roles.EmployerUser when user.EmployerId is { } org:
                return db.ConsentRequests.Where(r => r.EmployerOrganisationId == org);
            case Roles.Candidate when user.CandidateId is { } self:
                return db.ConsentRequests.Where(r => r.CandidateId == self);
            default:
                return db.ConsentRequests.Where(_ => false);
        }
    }

    /// <summary>Recruitment meetings: the organising unit's coaches see them all; an employer user
    /// sees the published ones their organisation takes part in; a candidate those they are
    /// invited to, once published.</summary>
    public IQueryable<RecruitmentMeeting> VisibleMeetings(CurrentUser user) => user.Role switch
    {
        Roles.Coach when user.UnitId is { } unit => db.Meetings.Where(m => m.UnitId == unit),
        Roles.EmployerUser when user.EmployerId is { } org =>
            db.Meetings.Where(m => m.Status != MeetingStatus.Draft && m.Employers.Any(e => e.EmployerOrganisationId == org)),
        Roles.Candidate when user.CandidateId is { } self =>
            db.Meetings.Where(m => m.Status != MeetingStatus.Draft && m.Invitations.Any(i => i.CandidateId == self)),
        _ => db.Meetings.Where(_ => false),
    };

    /// <summary>Invitations: the organising unit's coaches see all of a meeting's; a candidate their own.
    /// Employers see counts only, never who was invited.</summary>
    public IQueryable<MeetingInvitation> VisibleInvitations(CurrentUser user) => user.Role switch
    {
        Roles.Coach when user.UnitId is { } unit => db.MeetingInvitations.Where(i => i.Meeting!.UnitId == unit),
        Roles.Candidate when user.CandidateId is { } self =>
            db.MeetingInvitations.Where(i => i.CandidateId == self && i.Meeting!.Status != MeetingStatus.Draft),
        _ => db.MeetingInvitations.Where(_ => false),
    };

    /// <summary>Outcomes: a coach sees those of the candidates in their scope, a candidate their own.
    /// Employers do not: an outcome is the unit's follow-up, not part of a shared profile.</summary>
    public IQueryable<CandidateOutcome> VisibleOutcomes(CurrentUser user) => user.Role switch
    {
        Roles.Coach or Roles.Candidate => db.Outcomes.Where(o => VisibleCandidates(user).Select(c => c.Id).Contains(o.CandidateId)),
        _ => db.Outcomes.Where(_ => false),
    };

    /// <summary>Opens one candidate profile for viewing. A permitted view by anyone but the
    /// candidate is logged with its purpose; a denial is logged too.</summary>
    public Task<Candidate?> OpenCandidateAsync(CurrentUser user, int id, string purpose, CancellationToken ct) =>
        OpenInScopeAsync(user, VisibleCandidates(user), id, purpose, ct);

    /// <summary>Opens one candidate profile to change it: only within <see cref="ChangeableCandidates"/>.</summary>
    public Task<Candidate?> OpenCandidateToChangeAsync(CurrentUser user, int id, CancellationToken ct) =>
        OpenInScopeAsync(user, ChangeableCandidates(user), id, ViewPurposes.Edit, ct);

    private async Task<Candidate?> OpenInScopeAsync(CurrentUser user, IQueryable<Candidate> scope, int id, string purpose, CancellationToken ct)
    {
        var candidate = await scope.WithProfile()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (candidate is null || user.CandidateId != id)
        {
            var why = candidate is null ? purpose : await ThroughAgreementAsync(user, candidate, purpose, ct);
            Log(user, "Candidate", id, why, permitted: candidate is not null);
            await db.SaveChangesAsync(ct);
        }
        return candidate;
    }

    /// <summary>A coach's caseload view of another unit's candidate is a view under the agreement
    /// that allows it: the log names the agreement, so the follow-up can tell which one was used.</summary>
    private async Task<string> ThroughAgreementAsync(CurrentUser user, Candidate candidate, string purpose, CancellationToken ct)
    {
        if (purpose != ViewPurposes.Caseload || !user.Is(Roles.Coach) || candidate.UnitId == user.UnitId)
        {
            return purpose;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var agreement = await ActiveAgreements(today).Where(a => a.ReceivingUnitId == user.UnitId && a.GrantingUnitId == candidate.UnitId)
            .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        return agreement is { } a ? ViewPurposes.Agreement(a) : purpose;
    }

    /// <summary>Logs that the user was shown these candidates in a list (the caseload, match
    /// results, a shortlist, a meeting's invitees): one row per candidate, written in one save
    /// (decisions/0016). A candidate's own page is not a view by anyone else and is not logged.</summary>
    public async Task LogListedAsync(CurrentUser user, IEnumerable<int> candidateIds, string purpose, CancellationToken ct)
    {
        var any = false;
        foreach (var id in candidateIds.Distinct())
        {
            if (user.CandidateId == id)
            {
                continue;
            }
            Log(user, "Candidate", id, ViewPurposes.Listed(purpose), permitted: true);
            any = true;
        }
        if (any)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Logs a refusal by role (an employer calling a coach's endpoint): the object is the
    /// endpoint, since there is no id to name.</summary>
    public async Task LogRoleDenialAsync(CurrentUser? user, string? userId, string endpoint, CancellationToken ct)
    {
        db.AccessAudit.Add(new AccessAuditEntry
        {
            UserId = user?.Id ?? userId ?? "",
            Role = user?.Role ?? "",
            UnitId = user?.UnitId,
            EmployerOrganisationId = user?.EmployerId,
            ObjectKind = "Endpoint",
            ObjectId = endpoint.Length > 64 ? endpoint[..64] : endpoint,
            Purpose = "denied",
            Permitted = false,
            At = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Finds one object in a scope; logs the denial when it is not there for this user.</summary>
    public async Task<T?> FindAsync<T>(CurrentUser user, IQueryable<T> scope, string kind, int id, CancellationToken ct)
        where T : class
    {
        var found = await scope.FirstOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, ct);
        if (found is null)
        {
            await LogDenialAsync(user, kind, id, ct);
        }
        return found;
    }

    /// <summary>Saves log rows added with <c>LogChange</c> when no other change is saved with them.</summary>
    public Task SaveLogAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    public async Task LogDenialAsync(CurrentUser user, string kind, int id, CancellationToken ct)
    {
        Log(user, kind, id, "denied", permitted: false);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a permitted change of an access rule (an agreement) to the log; saved with the change.</summary>
    public void LogChange(CurrentUser user, string kind, int id, string what) => Log(user, kind, id, what, permitted: true);

    /// <summary>As <see cref="LogChange(CurrentUser, string, int, string)"/>, for an object with a text id (a user).</summary>
    public void LogChange(CurrentUser user, string kind, string id, string what) => Log(user, kind, id, what, permitted: true);

    private void Log(CurrentUser user, string kind, int id, string purpose, bool permitted) =>
        Log(user, kind, id.ToString(CultureInfo.InvariantCulture), purpose, permitted);

    private void Log(CurrentUser user, string kind, string id, string purpose, bool permitted) =>
        db.AccessAudit.Add(new AccessAuditEntry
        {
            UserId = user.Id,
            Role = user.Role,
            UnitId = user.UnitId,
            EmployerOrganisationId = user.EmployerId,
            ObjectKind = kind,
            ObjectId = id.Length > 64 ? id[..64] : id,
            Purpose = purpose.Length > 128 ? purpose[..128] : purpose,
            Permitted = permitted,
            At = clock.GetUtcNow().UtcDateTime,
        });
}

public static class AccessExtensions
{
    public static IServiceCollection AddMarketplaceAccess(this IServiceCollection services) => services
        .AddScoped<AccessPolicy>()
        .AddScoped<AuditFollowUp>()
        .AddScoped<Sessions>()
        .AddSingleton<Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler>()
        .AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RoleDenialLog>();
}
