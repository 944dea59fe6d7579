namespace Marketplace.Data.Entities;

/// <summary>A candidate on a placement's shortlist (kandidatlista).</summary>
public class ShortlistEntry
{
    public int Id { get; set; }
    public int PlacementId { get; set; }
    public Placement? Placement { get; set; }
    public int CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public CoachStatus CoachStatus { get; set; }
    public EmployerAssessment EmployerAssessment { get; set; }
    public string? AddedById { get; set; }
    public DateTime AddedAt { get; set; }
    public List<ShortlistChange> History { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>One change to a shortlist entry: status, assessment or a note. Never updated.</summary>
public class ShortlistChange
{
    public long Id { get; set; }
    public int ShortlistEntryId { get; set; }
    public required string Field { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Note { get; set; }
    public required string ById { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A request to share the candidate's profile with one employer for one placement.</summary>
public class ConsentRequest
{
    public int Id { get; set; }
    public int ShortlistEntryId { get; set; }
    public ShortlistEntry? ShortlistEntry { get; set; }
    public int CandidateId { get; set; }
    public int EmployerOrganisationId { get; set; }
    public required string RequestedById { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime Deadline { get; set; }
    public ConsentState State { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public Guid Version { get; set; }
}
