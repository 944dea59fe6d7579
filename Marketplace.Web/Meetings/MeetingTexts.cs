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
}
