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
    /// <summary>Set and saved before the provider is called, cleared when its answer is saved. Still
    /// set after the claim timeout means the relay died in between: whether the provider accepted
    /// the message is unknown.</summary>
    public DateTime? AttemptStartedAt { get; set; }
    /// <summary>Sends made without knowing whether an earlier one was accepted (at most one).</summary>
    public int UncertainSends { get; set; }
    /// <summary>Why the relay stopped trying; null while it still tries or once sent.</summary>
    public OutboxGiveUp? GaveUp { get; set; }
    /// <summary>The newest event SendGrid reported for this message ("delivered", "bounce" …).</summary>
    public string? LastEvent { get; set; }
    public DateTime? LastEventAt { get; set; }
}

public enum OutboxGiveUp
{
    /// <summary>The provider refused the message (4xx other than 429).</summary>
    Rejected = 1,
    /// <summary>Transient failures until the attempt limit.</summary>
    TooManyAttempts = 2,
    /// <summary>Sent again once after an attempt with an unknown outcome, and that one's outcome is
    /// unknown too; a third blind send is not made.</summary>
    OutcomeUnknown = 3,
}

/// <summary>One event from SendGrid's Event Webhook, stored once per sg_event_id (SendGrid posts
/// at least once, so the same event may arrive again).</summary>
public class EmailEvent
{
    public long Id { get; set; }
    public required string ProviderEventId { get; set; }
    /// <summary>From the message's custom_args; null when the event names no row of ours.</summary>
    public long? OutboxMessageId { get; set; }
    public required string Event { get; set; }
    public DateTime OccurredAt { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string? ProviderMessageId { get; set; }
    /// <summary>Bounce or drop reason as SendGrid gives it, cut to the column's length.</summary>
    public string? Reason { get; set; }
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

/// <summary>One ASP.NET Core data-protection key as the key manager writes it (an XML element). Kept in
/// the shared database so every web node can read every node's sign-in cookies and anti-forgery
/// tokens (docs/decisions/0011-data-protection-keys-in-the-database.md).</summary>
public class DataProtectionKeyRow
{
    public int Id { get; set; }
    /// <summary>The key manager's name for the element, e.g. "key-{guid}".</summary>
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
