namespace Marketplace.Web.Meetings;

/// <summary>English labels (resource keys) for the stored event kinds.</summary>
public static class MeetingTexts
{
    public static string EventLabel(string kind) => kind switch
    {
        "Created" => "Created",
        "Changed" => "Changed",
        "Published" => "Published",
        "Completed" => "Completed",
        "Cancelled" => "Cancelled",
        "Invited" => "Invited",
        "Answered" => "Answered",
        "Promoted" => "Moved up from the waiting list",
        "Reminded" => "Reminder sent",
        "Attendance" => "Attendance recorded",
        _ => kind,
    };

    /// <summary>The stored detail for the history: state moves in the reader's words; a status
    /// change needs none (its label says it); other details (what changed) as written.</summary>
    public static string? Detail(string kind, string? detail, Func<string, string> translate)
    {
        if (detail is null || kind is "Published" or "Completed" or "Cancelled")
        {
            return null;
        }
        var parts = detail.Split(" → ");
        if (parts.Length == 2 && Enum.TryParse<Data.Entities.InvitationState>(parts[0], out var from) && Enum.TryParse<Data.Entities.InvitationState>(parts[1], out var to))
        {
            return $"{translate(Words.Of(from))} → {translate(Words.Of(to))}";
        }
        if (kind == "Attendance" && detail.Split(", ") is [var came, var outcome] && Enum.TryParse<Data.Entities.MeetingOutcome>(outcome, out var o))
        {
            return $"{translate(came == "Attended" ? "Came" : "Did not come")}, {translate(Words.Of(o))}";
        }
        if (kind == "Changed")
        {
            return ChangedDetail(detail, translate);
        }
        return detail;
    }

    /// <summary>What a change touched, as MeetingService.UpdateAsync writes it: "Employers or title",
    /// or parts such as "Place: A → B" joined by "; ". The labels are translated; the values (times,
    /// places, numbers) are shown as they were.</summary>
    /// <remarks>Stored label → resource key ("Answer by" would clash with "answer by": resource
    /// names are compared without case when the resources are built).</remarks>
    public static readonly IReadOnlyDictionary<string, string> ChangeLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Time"] = "Time",
        ["Place"] = "Place",
        ["Answer by"] = "Answer deadline",
        ["Places"] = "Places",
    };

    private static string ChangedDetail(string detail, Func<string, string> translate)
    {
        if (detail == "Employers or title")
        {
            return translate(detail);
        }
        return string.Join("; ", detail.Split("; ").Select(part =>
        {
            var colon = part.IndexOf(": ", StringComparison.Ordinal);
            return colon > 0 && ChangeLabels.TryGetValue(part[..colon], out var key) ? translate(key) + part[colon..] : part;
        }));
    }
}
