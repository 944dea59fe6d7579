namespace Marketplace.Data.Entities;

/// <summary>Rekryteringsträff: one or more employers, many candidates.</summary>
public class RecruitmentMeeting
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public required string OrganiserId { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public required string Place { get; set; }
    public double? PlaceLat { get; set; }
    public double? PlaceLon { get; set; }
    public int Capacity { get; set; }
    public DateTime AnswerDeadline { get; set; }
    public MeetingStatus Status { get; set; }
    /// <summary>iCalendar UID, stable across changes; SEQUENCE is bumped on every change.</summary>
    public required string CalendarUid { get; set; }
    public int Sequence { get; set; }
    public List<MeetingEmployer> Employers { get; set; } = [];
    public List<MeetingInvitation> Invitations { get; set; } = [];
    public Guid Version { get; set; }
}

public class MeetingEmployer
{
    public int Id { get; set; }
    public int RecruitmentMeetingId { get; set; }
    public int EmployerOrganisationId { get; set; }
    public string? Needs { get; set; }
}

public class MeetingInvitation
{
    public int Id { get; set; }
    public int RecruitmentMeetingId { get; set; }
    public int CandidateId { get; set; }
    public InvitationState State { get; set; }
    public DateTime InvitedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public bool? Attended { get; set; }
    public string? Outcome { get; set; }
}

/// <summary>Every state change of a meeting or invitation, with who and when.</summary>
public class MeetingEvent
{
    public long Id { get; set; }
    public int RecruitmentMeetingId { get; set; }
    public int? InvitationId { get; set; }
    public required string Kind { get; set; }
    public string? Detail { get; set; }
    public required string ById { get; set; }
    public DateTime At { get; set; }
}
