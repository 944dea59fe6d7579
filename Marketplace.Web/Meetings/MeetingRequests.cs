using System.ComponentModel.DataAnnotations;
using Marketplace.Data.Entities;

namespace Marketplace.Web.Meetings;

/// <summary>One employer at the meeting and what they look for: how many people, the working
/// language (a taxonomy language id; empty for Swedish) and skills (taxonomy skill ids).</summary>
public sealed record MeetingEmployerRequest(
    int EmployerId,
    int Positions,
    string? WorkingLanguageId = null,
    List<string>? Skills = null,
    [property: MultiLine] string? Needs = null);

/// <summary>Times are UTC (ISO 8601 with Z); a time without an offset is read as UTC.</summary>
public sealed record MeetingRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    DateTime StartsAt,
    DateTime EndsAt,
    [property: Required, StringLength(256, MinimumLength = 3)] string Place,
    [property: Range(1, 500)] int Capacity,
    DateTime AnswerDeadline,
    [property: Required, MaxLength(10)] List<MeetingEmployerRequest> Employers,
    double? PlaceLat = null,
    double? PlaceLon = null,
    Guid? Version = null);

public sealed record MeetingStatusRequest(MeetingStatus Status, Guid Version);

public sealed record MeetingInviteRequest([property: Required, MaxLength(200)] List<int> ShortlistEntryIds);

public sealed record MeetingAnswerRequest(bool Accept);

public sealed record AttendanceRequest(bool Attended, MeetingOutcome Outcome);
