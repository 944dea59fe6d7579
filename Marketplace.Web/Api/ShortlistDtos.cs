using System.ComponentModel.DataAnnotations;
using Marketplace.Data.Entities;
using Marketplace.Web.Workflows;

namespace Marketplace.Web.Api;

public sealed record ShortlistAddRequest([property: Required, MinLength(1), MaxLength(100)] List<int> CandidateIds);

public sealed record CoachStatusRequest(CoachStatus? Status, [property: StringLength(2000)] string? Note, Guid Version);

public sealed record AssessmentRequest(EmployerAssessment Assessment, [property: StringLength(2000)] string? Note, Guid Version);

/// <summary>An entry as adding to a shortlist answers it.</summary>
public sealed record ShortlistAddedDto(int Id, int CandidateId, CoachStatus CoachStatus, Guid Version);

/// <summary>An entry after the coach's change: its status and new version.</summary>
public sealed record CoachStatusDto(int Id, CoachStatus CoachStatus, Guid Version);

/// <summary>An entry after the employer's assessment and its new version.</summary>
public sealed record AssessmentDto(int Id, EmployerAssessment EmployerAssessment, Guid Version);

/// <summary>Either <c>DeadlineDays</c> (2, 3 or 7) or <c>DeadlineDate</c>.</summary>
public sealed record ConsentSendRequest(int? DeadlineDays, DateOnly? DeadlineDate);

public sealed record ConsentAnswerRequest(bool Accept);

public sealed record ShortlistChangeDto(DateTime At, string ById, string Field, string? From, string? To, string? Note)
{
    public static ShortlistChangeDto Of(ShortlistChange c) => new(c.At, c.ById, c.Field, c.From, c.To, c.Note);
}

/// <summary>A consent request. An employer sees who it is about only once the candidate said yes.</summary>
public sealed record ConsentDto(int Id, int ShortlistEntryId, int? CandidateId, int EmployerId, ConsentState State, DateTime RequestedAt, DateTime Deadline, DateTime? AnsweredAt)
{
    /// <summary>State as it stands now: a pending request past its deadline reads as expired.</summary>
    public static ConsentDto From(ConsentRequest r, DateTime now, string role = Roles.Coach) =>
        new(r.Id, r.ShortlistEntryId, role != Roles.EmployerUser || r.State == ConsentState.Accepted ? r.CandidateId : null, r.EmployerOrganisationId,
            ConsentService.Effective(r, now), r.RequestedAt, r.Deadline, r.AnsweredAt);
}

/// <summary>One shortlist entry. An employer sees <see cref="CandidateId"/> only once the
/// candidate has said yes to sharing with them (before that, who it is is the candidate's to tell),
/// and of the history only the consent and assessment steps.</summary>
public sealed record ShortlistEntryDto(
    int Id, int PlacementId, int? CandidateId, CoachStatus CoachStatus, EmployerAssessment EmployerAssessment, DateTime AddedAt,
    IReadOnlyList<ShortlistChangeDto> History, IReadOnlyList<ConsentDto> ConsentRequests, Guid Version)
{
    public static ShortlistEntryDto From(ShortlistEntry e, IEnumerable<ConsentRequest> consents, DateTime now, string role)
    {
        var list = consents.OrderBy(c => c.Id).ToList();
        var history = e.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(ShortlistChangeDto.Of).ToList();
        var identified = role != Roles.EmployerUser || list.Any(c => c.State == ConsentState.Accepted);
        return new(e.Id, e.PlacementId, identified ? e.CandidateId : null, e.CoachStatus, e.EmployerAssessment, e.AddedAt,
            role == Roles.Coach ? history : ForOthers(history, role),
            list.Select(c => ConsentDto.From(c, now, role)).ToList(), e.Version);
    }

    /// <summary>Coaches' notes are working notes about the candidate: only coaches read them. An
    /// employer sees the consent and assessment steps, not the coach's pipeline.</summary>
    public static IReadOnlyList<ShortlistChangeDto> ForOthers(IReadOnlyList<ShortlistChangeDto> history, string role) => history
        .Where(h => role != Roles.EmployerUser || h.Field is "Consent" or "EmployerAssessment")
        .Where(h => h.Field != "Note")
        .Select(h => h with { Note = role == Roles.EmployerUser && h.Field == "EmployerAssessment" ? h.Note : null })
        .ToList();
}

