namespace Marketplace.Data.Entities;

/// <summary>A stored notification: the source of truth that SignalR pushes and clients re-fetch.
/// Payload holds ids and kinds, rendered per user at display time.</summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Kind { get; set; }
    public string? Payload { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>E-mail waiting to be sent, written in the same transaction as the change that caused it.</summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string RecipientUserId { get; set; }
    public required string RecipientEmail { get; set; }
    public required string Language { get; set; }
    public string? Payload { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public string? ProviderMessageId { get; set; }
    /// <summary>An attachment written with the row (a meeting's invite.ics), so a resend carries
    /// exactly what the change produced.</summary>
    public string? AttachmentName { get; set; }
    /// <summary>Full MIME type, e.g. "text/calendar; method=REQUEST".</summary>
    public string? AttachmentType { get; set; }
    public string? AttachmentContent { get; set; }
}

/// <summary>Append-only record of every access decision on a protected object: each view of a
/// candidate profile (who, role, unit, purpose, when) and each denial. The candidate can read the
/// permitted views of their own profile. The DbContext refuses updates and deletes.</summary>
public class AccessAuditEntry
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Role { get; set; }
    public int? UnitId { get; set; }
    public int? EmployerOrganisationId { get; set; }
    /// <summary>"Candidate", "Placement", "Employer", "Unit" …</summary>
    public required string ObjectKind { get; set; }
    public required string ObjectId { get; set; }
    /// <summary>Why: "caseload", "search", "placement:42", "own" …</summary>
    public required string Purpose { get; set; }
    public bool Permitted { get; set; }
    public DateTime At { get; set; }
}
