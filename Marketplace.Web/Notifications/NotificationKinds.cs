using System.Text.Json;
using Marketplace.Data.Entities;

namespace Marketplace.Web.Notifications;

/// <summary>What happened, stored as <see cref="Notification.Kind"/>. The stored row holds kinds
/// and ids only, so the text can be rendered in the reader's language when it is shown.</summary>
public static class NotificationKinds
{
    public const string ConsentRequested = "ConsentRequested";
    public const string ConsentWithdrawn = "ConsentWithdrawn";
    /// <summary>The candidate took back a consent: to the coach who asked and the employer.</summary>
    public const string ConsentWithdrawnByCandidate = "ConsentWithdrawnByCandidate";
    /// <summary>The candidate switched whether matching finds them: to their coach.</summary>
    public const string SearchableChanged = "SearchableChanged";
    public const string ConsentAnswered = "ConsentAnswered";
    public const string CandidateShared = "CandidateShared";
    public const string CandidatePresented = "CandidatePresented";
    public const string ShortlistStatus = "ShortlistStatus";
    public const string EmployerAssessed = "EmployerAssessed";
    public const string EmployerRegistered = "EmployerRegistered";
    public const string MeetingInvited = "MeetingInvited";
    public const string MeetingPublished = "MeetingPublished";
    public const string MeetingAnswered = "MeetingAnswered";
    public const string MeetingChanged = "MeetingChanged";
    public const string MeetingCancelled = "MeetingCancelled";
    public const string MeetingPromoted = "MeetingPromoted";
    public const string MeetingReminder = "MeetingReminder";

    public static bool IsMeeting(string kind) => kind.StartsWith("Meeting", StringComparison.Ordinal);
}

/// <summary>Ids and enum names only: never names, contact details or free text. <see cref="Changed"/>
/// names what changed in a meeting ("Time", "Place"), comma-separated.</summary>
public sealed record NotificationPayload(int? EntryId = null, int? PlacementId = null, int? RequestId = null, string? To = null,
    int? MeetingId = null, string? Changed = null, int? EmployerId = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static NotificationPayload Parse(string? payload) =>
        payload is null ? new() : JsonSerializer.Deserialize<NotificationPayload>(payload, Json) ?? new();
}
