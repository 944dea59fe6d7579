using Marketplace.Data.Entities;

namespace Marketplace.Web.Api;

public sealed record MeetingEmployerDto(int EmployerId, string? Name, int Positions, string? WorkingLanguageId, IReadOnlyList<string> Skills, string? Needs);

public sealed record InvitationDto(int Id, int CandidateId, int? ShortlistEntryId, InvitationState State, DateTime InvitedAt, DateTime? AnsweredAt,
    DateTime? ReminderSentAt, bool? Attended, MeetingOutcome? Outcome)
{
    public static InvitationDto From(MeetingInvitation i) =>
        new(i.Id, i.CandidateId, i.ShortlistEntryId, i.State, i.InvitedAt, i.AnsweredAt, i.ReminderSentAt, i.Attended, i.Outcome);
}

public sealed record MeetingEventDto(long Id, int? InvitationId, string Kind, string? Detail, string ById, DateTime At);

/// <summary>What a role may read: coaches get every invitation and the history; employers and
/// candidates the counts (and a candidate their own invitation), never who else was invited.</summary>
public sealed record MeetingDto(
    int Id, string Title, MeetingStatus Status, DateTime StartsAt, DateTime EndsAt, string Place, double? PlaceLat, double? PlaceLon,
    int Capacity, DateTime AnswerDeadline, string CalendarUid, int Sequence, IReadOnlyList<MeetingEmployerDto> Employers,
    int Accepted, int Waitlisted, IReadOnlyList<InvitationDto>? Invitations, IReadOnlyList<MeetingEventDto>? History, Guid Version)
{
    public static MeetingDto From(RecruitmentMeeting m, IReadOnlyList<InvitationDto>? invitations, IReadOnlyList<MeetingEventDto>? history) => new(
        m.Id, m.Title, m.Status, m.StartsAt, m.EndsAt, m.Place, m.PlaceLat, m.PlaceLon, m.Capacity, m.AnswerDeadline, m.CalendarUid, m.Sequence,
        m.Employers.OrderBy(e => e.Id).Select(e => new MeetingEmployerDto(e.EmployerOrganisationId, e.EmployerOrganisation?.Name, e.Positions,
            e.WorkingLanguageId, e.Skills.Select(s => s.SkillId).ToList(), e.Needs)).ToList(),
        m.Invitations.Count(i => i.State == InvitationState.Accepted), m.Invitations.Count(i => i.State == InvitationState.Waitlisted),
        invitations, history, m.Version);
}
