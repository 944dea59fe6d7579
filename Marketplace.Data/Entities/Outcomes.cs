namespace Marketplace.Data.Entities;

/// <summary>What a candidate went on to (PRODUCT.md capability 9: outcomes per candidate). Recorded
/// by a coach, never derived from an employer's "hired" or a shortlist status: those are
/// signals, the outcome is the coach's confirmed fact with its dates.</summary>
public class CandidateOutcome
{
    public int Id { get; set; }
    public int CandidateId { get; set; }
    public OutcomeKind Kind { get; set; }
    /// <summary>The placement taken (required for <see cref="OutcomeKind.Placement"/>; optional for a
    /// job that grew out of a placement).</summary>
    public int? PlacementId { get; set; }
    public Placement? Placement { get; set; }
    /// <summary>The employer of a job or placement; null for studies.</summary>
    public int? EmployerOrganisationId { get; set; }
    public EmployerOrganisation? EmployerOrganisation { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Note { get; set; }
    public required string RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
