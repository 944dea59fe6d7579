namespace Marketplace.Data.Entities;

/// <summary>Rekryteringsträff: one or more employers, many candidates (PRODUCT.md capability 7).</summary>
public class RecruitmentMeeting
{
    public int Id { get; set; }
    /// <summary>The organising unit: its coaches manage the meeting.</summary>
    public int UnitId { get; set; }
    public required string OrganiserId { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    /// <summary>Street address of the place, as written in the invitation and the calendar entry.</summary>
    public required string Place { get; set; }
    public double? PlaceLat { get; set; }
    public double? PlaceLon { get; set; }
    public int Capacity { get; set; }
    public DateTime AnswerDeadline { get; set; }
    public MeetingStatus Status { get; set; }
    /// <summary>iCalendar UID, stable across changes; SEQUENCE is bumped on every change.</summary>
    public required string CalendarUid { get; set; }
    public int Sequence { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<MeetingEmployer> Employers { get; set; } = [];
    public List<MeetingInvitation> Invitations { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>An employer taking part, with what they are looking for.</summary>
public class MeetingEmployer
{
    public int Id { get; set; }
    public int RecruitmentMeetingId { get; set; }
    public int EmployerOrganisationId { get; set; }
    public EmployerOrganisation? EmployerOrganisation { get; set; }
    /// <summary>How many people the employer hopes to take on.</summary>
    public int Positions { get; set; }
    /// <summary>Taxonomy language id of the working language; null means Swedish.</summary>
    public string? WorkingLanguageId { get; set; }
    public List<MeetingEmployerSkill> Skills { get; set; } = [];
    /// <summary>Anything else about the needs, in the coach's words.</summary>
    public string? Needs { get; set; }
}

public class MeetingEmployerSkill
{
    public int Id { get; set; }
    public int MeetingEmployerId { get; set; }
    public required string SkillId { get; set; }
}

public class MeetingInvitation
{
    public int Id { get; set; }
    public int RecruitmentMeetingId { get; set; }
    public RecruitmentMeeting? Meeting { get; set; }
    public int CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    /// <summary>The shortlist entry the candidate was invited from.</summary>
    public int? ShortlistEntryId { get; set; }
    public required string InvitedById { get; set; }
    public InvitationState State { get; set; }
    public DateTime InvitedAt { get; set; }
    /// <summary>When the last answer was given; a waiting list moves up in this order.</summary>
    public DateTime? AnsweredAt { get; set; }
    /// <summary>Set when the 24-hour reminder was written, so it is written once.</summary>
    public DateTime? ReminderSentAt { get; set; }
    public bool? Attended { get; set; }
    public MeetingOutcome? Outcome { get; set; }
}

/// <summary>Every state change of a meeting or invitation, with who and when.</summary>
public class MeetingEvent
{
    public long Id { get; set; }
    public int RecruitmentMeetingId { get; set; }
    public RecruitmentMeeting? Meeting { get; set; }
    public int? InvitationId { get; set; }
    public MeetingInvitation? Invitation { get; set; }
    public required string Kind { get; set; }
    public string? Detail { get; set; }
    public required string ById { get; set; }
    public DateTime At { get; set; }
}
