using Marketplace.Data.Entities;
using Marketplace.Web.Pages.Shared;
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
            NotificationKinds.ConsentAnswered => l["A candidate answered your question about sharing: {0}.", l[State(p.To)]],
            NotificationKinds.CandidateShared => l["A candidate agreed to share their profile with you."],
            NotificationKinds.CandidatePresented => l["A candidate has been presented for one of your placements."],
            NotificationKinds.ShortlistStatus => l["There is news about a placement you are being considered for: {0}.", l[Status(p.To)]],
            NotificationKinds.EmployerAssessed => l["An employer assessed a candidate you presented: {0}.", l[Assessment(p.To)]],
            NotificationKinds.EmployerRegistered => l["A new employer registered in your municipality."],
            _ => l["Something changed."],
        };
    }

    /// <summary>Where the reader goes to act on it; a page their role can open.</summary>
    public static string Link(Notification n, string role)
    {
        var p = NotificationPayload.Parse(n.Payload);
        return role switch
        {
            Roles.Candidate => "/Candidate",
            Roles.Coach when p.PlacementId is { } placement => $"/Coach/Shortlist/{placement}",
            Roles.EmployerUser when p.PlacementId is { } placement => $"/Employer/Placement/{placement}",
            _ => "/Notifications",
        };
    }

    private static string State(string? to) => Enum.TryParse<ConsentState>(to, out var s) ? Words.Of(s) : to ?? "";
    private static string Status(string? to) => Enum.TryParse<CoachStatus>(to, out var s) ? Words.Of(s) : to ?? "";
    private static string Assessment(string? to) => Enum.TryParse<EmployerAssessment>(to, out var s) ? Words.Of(s) : to ?? "";
}
