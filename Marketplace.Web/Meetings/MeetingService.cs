using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Meetings;

/// <summary>Recruitment meetings (PRODUCT.md capability 7), shared by the API and the pages: the
/// lifecycle draft → published → completed / cancelled, invitations from shortlists, answers with a
/// waiting list, changes and cancellations announced to everyone invited, attendance afterwards.
/// Every state change adds a <see cref="MeetingEvent"/> in the same save as the change and its
/// notifications; answers touch the meeting's version so two answers cannot both take the last place.</summary>
public sealed class MeetingService(MarketplaceDbContext db, AccessPolicy access, MeetingValidator validator, NotificationStage notes, MeetingCalendar calendar, TimeProvider clock)
{
    public const string System = "system";
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(12);
    public static readonly TimeSpan ReminderBefore = TimeSpan.FromHours(24);

    private static readonly HashSet<(MeetingStatus, MeetingStatus)> Transitions =
    [
        (MeetingStatus.Draft, MeetingStatus.Published),
        (MeetingStatus.Draft, MeetingStatus.Cancelled),
        (MeetingStatus.Published, MeetingStatus.Completed),
        (MeetingStatus.Published, MeetingStatus.Cancelled),
    ];

    public static bool CanMove(MeetingStatus from, MeetingStatus to) => Transitions.Contains((from, to));

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static IQueryable<RecruitmentMeeting> WithChildren(IQueryable<RecruitmentMeeting> q) =>
        q.Include(m => m.Employers).ThenInclude(e => e.Skills).Include(m => m.Employers).ThenInclude(e => e.EmployerOrganisation)
            .Include(m => m.Invitations).AsSplitQuery();

    public Task<RecruitmentMeeting?> FindAsync(CurrentUser user, int id, CancellationToken ct) =>
        access.FindAsync(user, WithChildren(access.VisibleMeetings(user)), "Meeting", id, ct);

    /// <summary>A new draft of the coach's unit. Invitations wait until it is published.</summary>
    public async Task<UseCaseResult<RecruitmentMeeting>> CreateAsync(CurrentUser coach, MeetingRequest r, CancellationToken ct)
    {
        if (coach.UnitId is not { } unit)
        {
            return UseCaseResult<RecruitmentMeeting>.Missing();
        }
        var errors = await validator.ValidateAsync(coach, r, null, ct);
        if (errors.Any)
        {
            return UseCaseResult<RecruitmentMeeting>.Invalid(errors);
        }
        var now = Now;
        var meeting = new RecruitmentMeeting
        {
            UnitId = unit,
            OrganiserId = coach.Id,
            Title = "",
            Place = "",
            Status = MeetingStatus.Draft,
            CreatedAt = now,
            // Globally unique and stable for the meeting's life: calendars match updates by it.
            CalendarUid = $"{Guid.NewGuid():N}@marketplace",
        };
        Apply(meeting, r);
        db.Meetings.Add(meeting);
        db.MeetingEvents.Add(Event(meeting, null, "Created", null, coach.Id));
        await db.SaveChangesAsync(ct);
        return UseCaseResult<RecruitmentMeeting>.Done(meeting);
    }

    /// <summary>Changes the meeting. After publishing, a change of time, place or answer date is
    /// announced to everyone invited and to the employers, with an updated calendar entry.</summary>
    public async Task<UseCaseResult<RecruitmentMeeting>> UpdateAsync(CurrentUser coach, int id, MeetingRequest r, CancellationToken ct)
    {
        var meeting = await FindAsync(coach, id, ct);
        if (meeting is null || !coach.Is(Roles.Coach))
        {
            return UseCaseResult<RecruitmentMeeting>.Missing();
        }
        var errors = await validator.ValidateAsync(coach, r, meeting, ct);
        if (r.Version is null)
        {
            errors.Add(nameof(r.Version), "Send the version you edited, so a concurrent change is not overwritten.");
        }
        if (meeting.Status is not (MeetingStatus.Draft or MeetingStatus.Published))
        {
            errors.Add("Status", "A completed or cancelled meeting can no longer be changed.");
        }
        if (errors.Any)
        {
            return UseCaseResult<RecruitmentMeeting>.Invalid(errors);
        }
        db.Entry(meeting).Property(m => m.Version).OriginalValue = r.Version!.Value;
        var before = (meeting.StartsAt, meeting.EndsAt, meeting.Place, meeting.PlaceLat, meeting.PlaceLon, meeting.AnswerDeadline, meeting.Capacity);
        Apply(meeting, r);
        var changed = new List<string>();
        var detail = new List<string>();
        if (before.StartsAt != meeting.StartsAt || before.EndsAt != meeting.EndsAt)
        {
            changed.Add("Time");
            detail.Add($"Time: {Span(before.StartsAt, before.EndsAt)} → {Span(meeting.StartsAt, meeting.EndsAt)}");
        }
        if (before.Place != meeting.Place || before.PlaceLat != meeting.PlaceLat || before.PlaceLon != meeting.PlaceLon)
        {
            changed.Add("Place");
            detail.Add($"Place: {before.Place} → {meeting.Place}");
        }
        if (before.AnswerDeadline != meeting.AnswerDeadline)
        {
            changed.Add("Deadline");
            detail.Add($"Answer by: {Words.Local(before.AnswerDeadline)} → {Words.Local(meeting.AnswerDeadline)}");
        }
        if (before.Capacity != meeting.Capacity)
        {
            changed.Add("Capacity");
            detail.Add($"Places: {before.Capacity} → {meeting.Capacity}");
        }
        db.MeetingEvents.Add(Event(meeting, null, "Changed", detail.Count == 0 ? "Employers or title" : string.Join("; ", detail), coach.Id));
        if (meeting.Status == MeetingStatus.Published)
        {
            meeting.Sequence++;
            await PromoteAsync(meeting, coach.Id, ct);
            var announced = changed.Where(c => c is "Time" or "Place" or "Deadline").ToList();
            if (announced.Count > 0)
            {
                await AnnounceAsync(meeting, coach.Id, NotificationKinds.MeetingChanged, string.Join(",", announced), ct);
            }
        }
        return await notes.TrySaveAsync(ct) ? UseCaseResult<RecruitmentMeeting>.Done(meeting) : UseCaseResult<RecruitmentMeeting>.Stale();
    }

    /// <summary>Publish, complete (once it has started) or cancel. Publishing tells the employers;
    /// cancelling tells everyone invited and the employers, with a calendar CANCEL.</summary>
    public async Task<UseCaseResult<RecruitmentMeeting>> MoveAsync(CurrentUser coach, int id, MeetingStatus to, Guid version, CancellationToken ct)
    {
        var meeting = await FindAsync(coach, id, ct);
        if (meeting is null || !coach.Is(Roles.Coach))
        {
            return UseCaseResult<RecruitmentMeeting>.Missing();
        }
        if (!CanMove(meeting.Status, to))
        {
            return UseCaseResult<RecruitmentMeeting>.Invalid("Status", $"A meeting that is {meeting.Status} cannot become {to}.");
        }
        var now = Now;
        if (to == MeetingStatus.Published && meeting.StartsAt <= now)
        {
            return UseCaseResult<RecruitmentMeeting>.Invalid("Status", "A meeting that has already started cannot be published. Change the time first.");
        }
        if (to == MeetingStatus.Completed && meeting.StartsAt > now)
        {
            return UseCaseResult<RecruitmentMeeting>.Invalid("Status", "A meeting can be marked completed once it has started.");
        }
        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        var from = meeting.Status;
        meeting.Status = to;
        db.MeetingEvents.Add(Event(meeting, null, to.ToString(), $"{from} → {to}", coach.Id));
        if (to == MeetingStatus.Published)
        {
            await notes.AddAsync(await EmployerUsersAsync(meeting, ct), coach.Id, NotificationKinds.MeetingPublished, About(meeting),
                r => calendar.For(meeting, r), ct);
        }
        else if (to == MeetingStatus.Cancelled && from == MeetingStatus.Published)
        {
            meeting.Sequence++;
            await AnnounceAsync(meeting, coach.Id, NotificationKinds.MeetingCancelled, null, ct);
        }
        return await notes.TrySaveAsync(ct) ? UseCaseResult<RecruitmentMeeting>.Done(meeting) : UseCaseResult<RecruitmentMeeting>.Stale();
    }

    /// <summary>Invites the candidates of the chosen shortlist entries (entries of placements of the
    /// meeting's employers). Candidates already invited are left as they are; an entry outside the
    /// coach's scope makes the whole request not found.</summary>
    public async Task<UseCaseResult<List<MeetingInvitation>>> InviteAsync(CurrentUser coach, int id, IReadOnlyCollection<int> entryIds, CancellationToken ct)
    {
        var meeting = await FindAsync(coach, id, ct);
        if (meeting is null || !coach.Is(Roles.Coach))
        {
            return UseCaseResult<List<MeetingInvitation>>.Missing();
        }
        var ids = entryIds.Distinct().ToList();
        var entries = await access.VisibleShortlistEntries(coach).Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.CandidateId, e.Placement!.EmployerOrganisationId }).ToListAsync(ct);
        var hidden = ids.Except(entries.Select(e => e.Id)).ToList();
        if (hidden.Count > 0)
        {
            foreach (var h in hidden)
            {
                await access.LogDenialAsync(coach, "ShortlistEntry", h, ct);
            }
            return UseCaseResult<List<MeetingInvitation>>.Missing();
        }
        if (ids.Count == 0)
        {
            return UseCaseResult<List<MeetingInvitation>>.Invalid("ShortlistEntryIds", "Choose at least one candidate to invite.");
        }
        if (meeting.Status != MeetingStatus.Published)
        {
            return UseCaseResult<List<MeetingInvitation>>.Invalid("ShortlistEntryIds", "Publish the meeting before inviting candidates.");
        }
        var now = Now;
        if (meeting.AnswerDeadline <= now)
        {
            return UseCaseResult<List<MeetingInvitation>>.Invalid("ShortlistEntryIds", "The answer date has passed. Move it later to invite more candidates.");
        }
        var employers = meeting.Employers.Select(e => e.EmployerOrganisationId).ToHashSet();
        if (entries.Any(e => !employers.Contains(e.EmployerOrganisationId)))
        {
            return UseCaseResult<List<MeetingInvitation>>.Invalid("ShortlistEntryIds", "Invite from the shortlists of the employers at this meeting.");
        }
        var already = meeting.Invitations.Select(i => i.CandidateId).ToHashSet();
        var added = new List<MeetingInvitation>();
        foreach (var entry in entries.Where(e => already.Add(e.CandidateId)))
        {
            var invitation = new MeetingInvitation
            {
                RecruitmentMeetingId = meeting.Id,
                CandidateId = entry.CandidateId,
                ShortlistEntryId = entry.Id,
                InvitedById = coach.Id,
                InvitedAt = now,
                State = InvitationState.Invited,
            };
            meeting.Invitations.Add(invitation);
            added.Add(invitation);
        }
        foreach (var invitation in added)
        {
            db.MeetingEvents.Add(Event(meeting, invitation, "Invited", null, coach.Id));
            await notes.AddAsync(await notes.CandidateUsersAsync(invitation.CandidateId, ct), coach.Id, NotificationKinds.MeetingInvited,
                About(meeting), r => calendar.For(meeting, r), ct);
        }
        await notes.SaveAsync(ct);
        return UseCaseResult<List<MeetingInvitation>>.Done(added);
    }

    /// <summary>The candidate says yes or no until the answer date; may change their mind until
    /// then. A yes when the meeting is full goes on the waiting list; a no from someone who had a
    /// place gives it to the first on the waiting list.</summary>
    public async Task<UseCaseResult<MeetingInvitation>> AnswerAsync(CurrentUser candidate, int invitationId, bool accept, CancellationToken ct)
    {
        var invitation = await access.FindAsync(candidate, access.VisibleInvitations(candidate), "MeetingInvitation", invitationId, ct);
        if (invitation is null || !candidate.Is(Roles.Candidate))
        {
            return UseCaseResult<MeetingInvitation>.Missing();
        }
        var meeting = await WithChildren(db.Meetings).SingleAsync(m => m.Id == invitation.RecruitmentMeetingId, ct);
        invitation = meeting.Invitations.Single(i => i.Id == invitationId);
        var now = Now;
        if (meeting.Status != MeetingStatus.Published)
        {
            return UseCaseResult<MeetingInvitation>.Invalid("Accept", meeting.Status == MeetingStatus.Cancelled ? "The meeting has been cancelled." : "The meeting can no longer be answered.");
        }
        if (meeting.AnswerDeadline <= now)
        {
            return UseCaseResult<MeetingInvitation>.Invalid("Accept", "The time to answer has passed. Talk to your coach.");
        }
        var from = invitation.State;
        var to = !accept ? InvitationState.Declined
            : from is InvitationState.Accepted or InvitationState.Waitlisted ? from
            : meeting.Invitations.Count(i => i.State == InvitationState.Accepted) < meeting.Capacity ? InvitationState.Accepted
            : InvitationState.Waitlisted;
        if (to == from)
        {
            return UseCaseResult<MeetingInvitation>.Done(invitation);
        }
        invitation.State = to;
        invitation.AnsweredAt = now;
        // Touch the meeting: two answers at once then conflict instead of both taking the last place.
        db.Entry(meeting).State = EntityState.Modified;
        db.MeetingEvents.Add(Event(meeting, invitation, "Answered", $"{from} → {to}", candidate.Id));
        await notes.AddAsync(meeting.OrganiserId, candidate.Id, NotificationKinds.MeetingAnswered, About(meeting) with { To = to.ToString() }, ct);
        if (from == InvitationState.Accepted)
        {
            await PromoteAsync(meeting, candidate.Id, ct);
        }
        return await notes.TrySaveAsync(ct) ? UseCaseResult<MeetingInvitation>.Done(invitation) : UseCaseResult<MeetingInvitation>.Stale();
    }

    /// <summary>After the meeting has started: did the invitee come, and what came of it.</summary>
    public async Task<UseCaseResult<MeetingInvitation>> RecordAttendanceAsync(CurrentUser coach, int invitationId, bool attended, MeetingOutcome outcome, CancellationToken ct)
    {
        var invitation = await access.FindAsync(coach, access.VisibleInvitations(coach).Include(i => i.Meeting), "MeetingInvitation", invitationId, ct);
        if (invitation is null || !coach.Is(Roles.Coach))
        {
            return UseCaseResult<MeetingInvitation>.Missing();
        }
        var meeting = invitation.Meeting!;
        if (!Enum.IsDefined(outcome))
        {
            return UseCaseResult<MeetingInvitation>.Invalid("Outcome", "Choose placement, job or nothing.");
        }
        if (meeting.Status is not (MeetingStatus.Published or MeetingStatus.Completed) || meeting.StartsAt > Now)
        {
            return UseCaseResult<MeetingInvitation>.Invalid("Attended", "Attendance can be recorded once the meeting has started.");
        }
        if (!attended && outcome != MeetingOutcome.Nothing)
        {
            return UseCaseResult<MeetingInvitation>.Invalid("Outcome", "Someone who did not come cannot have got a placement or job from the meeting.");
        }
        invitation.Attended = attended;
        invitation.Outcome = outcome;
        db.MeetingEvents.Add(Event(meeting, invitation, "Attendance", $"{(attended ? "Attended" : "Absent")}, {outcome}", coach.Id));
        await db.SaveChangesAsync(ct);
        return UseCaseResult<MeetingInvitation>.Done(invitation);
    }

    /// <summary>Writes the 24-hour reminder for every accepted invitation of a published meeting
    /// starting within a day, once: the invitation remembers it was reminded. Returns how many.</summary>
    public async Task<int> SendDueRemindersAsync(CancellationToken ct)
    {
        var now = Now;
        var soon = now + ReminderBefore;
        var due = await db.MeetingInvitations.Include(i => i.Meeting)
            .Where(i => i.State == InvitationState.Accepted && i.ReminderSentAt == null
                && i.Meeting!.Status == MeetingStatus.Published && i.Meeting.StartsAt > now && i.Meeting.StartsAt <= soon)
            .OrderBy(i => i.Id).Take(500).ToListAsync(ct);
        foreach (var invitation in due)
        {
            invitation.ReminderSentAt = now;
            db.MeetingEvents.Add(Event(invitation.Meeting!, invitation, "Reminded", null, System));
            await notes.AddAsync(await notes.CandidateUsersAsync(invitation.CandidateId, ct), System, NotificationKinds.MeetingReminder, About(invitation.Meeting!), ct);
        }
        await notes.SaveAsync(ct);
        return due.Count;
    }

    /// <summary>Fills free places from the waiting list, first come first served, and tells each
    /// one who moves up.</summary>
    private async Task PromoteAsync(RecruitmentMeeting meeting, string actorId, CancellationToken ct)
    {
        if (meeting.AnswerDeadline <= Now)
        {
            return;
        }
        var free = meeting.Capacity - meeting.Invitations.Count(i => i.State == InvitationState.Accepted);
        foreach (var next in meeting.Invitations.Where(i => i.State == InvitationState.Waitlisted).OrderBy(i => i.AnsweredAt).ThenBy(i => i.Id).Take(Math.Max(0, free)).ToList())
        {
            next.State = InvitationState.Accepted;
            db.MeetingEvents.Add(Event(meeting, next, "Promoted", $"{InvitationState.Waitlisted} → {InvitationState.Accepted}", actorId));
            await notes.AddAsync(await notes.CandidateUsersAsync(next.CandidateId, ct), actorId, NotificationKinds.MeetingPromoted, About(meeting), ct);
        }
    }

    /// <summary>Tells everyone invited who has not said no, and the employers' users, with the calendar entry.</summary>
    private async Task AnnounceAsync(RecruitmentMeeting meeting, string actorId, string kind, string? changed, CancellationToken ct)
    {
        var candidates = meeting.Invitations.Where(i => i.State != InvitationState.Declined).Select(i => (int?)i.CandidateId).ToList();
        var users = await db.Users.Where(u => candidates.Contains(u.CandidateId)).Select(u => u.Id).ToListAsync(ct);
        users.AddRange(await EmployerUsersAsync(meeting, ct));
        await notes.AddAsync(users, actorId, kind, About(meeting) with { Changed = changed }, r => calendar.For(meeting, r), ct);
    }

    private Task<List<string>> EmployerUsersAsync(RecruitmentMeeting meeting, CancellationToken ct)
    {
        var orgs = meeting.Employers.Select(e => (int?)e.EmployerOrganisationId).ToList();
        return db.Users.Where(u => orgs.Contains(u.EmployerOrganisationId)).Select(u => u.Id).ToListAsync(ct);
    }

    private static NotificationPayload About(RecruitmentMeeting m) => new(MeetingId: m.Id);

    private MeetingEvent Event(RecruitmentMeeting meeting, MeetingInvitation? invitation, string kind, string? detail, string by) => new()
    {
        Meeting = meeting,
        Invitation = invitation,
        Kind = kind,
        Detail = detail is { Length: > 4000 } ? detail[..4000] : detail,
        ById = by,
        At = Now,
    };

    private static string Span(DateTime start, DateTime end) => $"{Words.Local(start)}–{Words.Local(end)[11..]}";

    public static DateTime Utc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Utc => t,
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => DateTime.SpecifyKind(t, DateTimeKind.Utc),
    };

    private static void Apply(RecruitmentMeeting m, MeetingRequest r)
    {
        m.Title = r.Title.Trim();
        m.StartsAt = Utc(r.StartsAt);
        m.EndsAt = Utc(r.EndsAt);
        m.Place = r.Place.Trim();
        m.PlaceLat = r.PlaceLat;
        m.PlaceLon = r.PlaceLon;
        m.Capacity = r.Capacity;
        m.AnswerDeadline = Utc(r.AnswerDeadline);
        var wanted = r.Employers.ToDictionary(e => e.EmployerId);
        m.Employers.RemoveAll(e => !wanted.ContainsKey(e.EmployerOrganisationId));
        foreach (var (employerId, e) in wanted)
        {
            var row = m.Employers.FirstOrDefault(x => x.EmployerOrganisationId == employerId);
            if (row is null)
            {
                m.Employers.Add(row = new MeetingEmployer { EmployerOrganisationId = employerId });
            }
            row.Positions = e.Positions;
            row.WorkingLanguageId = string.IsNullOrWhiteSpace(e.WorkingLanguageId) ? null : e.WorkingLanguageId;
            row.Needs = string.IsNullOrWhiteSpace(e.Needs) ? null : e.Needs.Trim();
            var skills = (e.Skills ?? []).Distinct().ToList();
            row.Skills.RemoveAll(s => !skills.Contains(s.SkillId));
            row.Skills.AddRange(skills.Where(s => row.Skills.All(x => x.SkillId != s)).Select(s => new MeetingEmployerSkill { SkillId = s }));
        }
    }
}
