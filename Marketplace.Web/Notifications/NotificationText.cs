using Marketplace.Data.Entities;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Notifications;

/// <summary>Turns a stored notification into a sentence and a link for the reader, in the
/// current UI culture. Kept here, not in the row, so a user who switches language reads it anew.</summary>
public static class NotificationText
{
    public static string Render(Notification n, IStringLocalizer l)
    {
        var p = NotificationPayload.Parse(n.Payload);
        return n.Kind switch
        {
            NotificationKinds.ConsentRequested => l["Your coach asks whether your profile may be shown to an employer."],
            NotificationKinds.ConsentWithdrawn => l["Your coach withdrew a question about sharing your profile."],
            NotificationKinds.ConsentWithdrawnByCandidate => l["A candidate withdrew their consent to share their profile. It is no longer shared."],
            NotificationKinds.SearchableChanged => p.To == "on"
                ? l["A candidate in your caseload can be found in matching again."]
                : l["A candidate in your caseload chose not to be found in matching."],
            NotificationKinds.ConsentAnswered => l["A candidate answered your question about sharing: {0}.", l[State(p.To)]],
            NotificationKinds.CandidateShared => l["A candidate agreed to share their profile with you."],
            NotificationKinds.CandidatePresented => l["A candidate has been presented for one of your placements."],
            NotificationKinds.ShortlistStatus => l["There is news about a placement you are being considered for: {0}.", l[Status(p.To)]],
            NotificationKinds.EmployerAssessed => l["An employer assessed a candidate you presented: {0}.", l[Assessment(p.To)]],
            NotificationKinds.MeetingInvited => l["You are invited to a recruitment meeting. Please answer yes or no."],
            NotificationKinds.MeetingPublished => l["You take part in a recruitment meeting that is now published."],
            NotificationKinds.MeetingAnswered => l["A candidate answered an invitation to your recruitment meeting: {0}.", l[Words.Of(Parse<InvitationState>(p.To))]],
            NotificationKinds.MeetingChanged => l["A recruitment meeting has changed: {0}. Open it to see the new details.", Changes(p.Changed, l)],
            NotificationKinds.MeetingCancelled => l["A recruitment meeting has been cancelled."],
            NotificationKinds.MeetingPromoted => l["A place became free at a recruitment meeting. You now have a place."],
            NotificationKinds.MeetingReminder => l["Reminder: your recruitment meeting is tomorrow."],
            NotificationKinds.EmployerRegistered => l["A new employer registered in your municipality."],
            _ => l["Something changed."],
        };
    }

    /// <summary>"time and place", in the reader's language, from the payload's field names.</summary>
    private static string Changes(string? changed, IStringLocalizer l)
    {
        var words = (changed ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => l[c switch { "Time" => "the time", "Place" => "the place", "Capacity" => "the number of places", "Deadline" => "the answer date", _ => "other details" }].Value)
            .ToList();
        return words.Count switch
        {
            0 => l["other details"],
            1 => words[0],
            _ => l["{0} and {1}", string.Join(", ", words[..^1]), words[^1]],
        };
    }

    private static T Parse<T>(string? value) where T : struct, Enum => Enum.TryParse<T>(value, out var v) ? v : default;

    /// <summary>Where the reader goes to act on it; a page their role can open.</summary>
    public static string Link(Notification n, string role)
    {
        var p = NotificationPayload.Parse(n.Payload);
        return role switch
        {
            Roles.Candidate when p.MeetingId is not null => "/Candidate#meetings",
            Roles.Candidate => "/Candidate",
            Roles.Coach when n.Kind == NotificationKinds.EmployerRegistered => "/Coach/Employers",
            Roles.Coach when p.MeetingId is { } meeting => $"/Coach/Meeting/{meeting}",
            Roles.EmployerUser when p.MeetingId is { } meeting => $"/Employer/Meetings#meeting-{meeting}",
            Roles.Coach when p.PlacementId is { } placement => $"/Coach/Shortlist/{placement}",
            Roles.EmployerUser when p.PlacementId is { } placement => $"/Employer/Placement/{placement}",
            _ => "/Notifications",
        };
    }

    private static string State(string? to) => Enum.TryParse<ConsentState>(to, out var s) ? Words.Of(s) : to ?? "";
    private static string Status(string? to) => Enum.TryParse<CoachStatus>(to, out var s) ? Words.Of(s) : to ?? "";
    private static string Assessment(string? to) => Enum.TryParse<EmployerAssessment>(to, out var s) ? Words.Of(s) : to ?? "";
}
