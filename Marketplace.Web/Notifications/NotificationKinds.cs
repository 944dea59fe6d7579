using System.Text.Json;
using Marketplace.Data.Entities;

namespace Marketplace.Web.Notifications;

/// <summary>What happened, stored as <see cref="Notification.Kind"/>. The stored row holds kinds
/// and ids only, so the text can be rendered in the reader's language when it is shown.</summary>
public static class NotificationKinds
{
    public const string ConsentRequested = "ConsentRequested";
    public const string ConsentWithdrawn = "ConsentWithdrawn";
    public const string ConsentAnswered = "ConsentAnswered";
    public const string CandidateShared = "CandidateShared";
    public const string CandidatePresented = "CandidatePresented";
    public const string ShortlistStatus = "ShortlistStatus";
    public const string EmployerAssessed = "EmployerAssessed";
    public const string EmployerRegistered = "EmployerRegistered";
}

/// <summary>Ids and enum names only: never names, contact details or free text.</summary>
public sealed record NotificationPayload(int? EntryId = null, int? PlacementId = null, int? RequestId = null, string? To = null, int? EmployerId = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static NotificationPayload Parse(string? payload) =>
        payload is null ? new() : JsonSerializer.Deserialize<NotificationPayload>(payload, Json) ?? new();
}
