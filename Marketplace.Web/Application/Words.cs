using Marketplace.Data.Entities;

namespace Marketplace.Web.Application;

/// <summary>English text for enum values; the text is the resource key, so L[Words.Of(x)] gives
/// the user's language. Candidates get plainer sentences than staff.</summary>
public static class Words
{
    /// <summary>The ways to travel, in the order forms and profiles list them (each is a resource key).</summary>
    public static IReadOnlyList<TransportFlags> TransportModes { get; } = [TransportFlags.Walk, TransportFlags.Bike, TransportFlags.PublicTransport, TransportFlags.Car];

    public static string Of(CoachStatus s) => s switch
    {
        CoachStatus.Considered => "Considered",
        CoachStatus.Contacted => "Contacted",
        CoachStatus.Interested => "Interested",
        CoachStatus.Presented => "Presented",
        CoachStatus.MeetingBooked => "Meeting booked",
        CoachStatus.Placed => "Placed",
        CoachStatus.NotInterested => "Not interested",
        CoachStatus.NotSuitable => "Not suitable",
        _ => s.ToString(),
    };

    public static string Of(EmployerAssessment a) => a switch
    {
        EmployerAssessment.None => "Not assessed",
        EmployerAssessment.UnderReview => "Under review",
        EmployerAssessment.Interesting => "Interesting",
        EmployerAssessment.NotRelevant => "Not relevant",
        EmployerAssessment.Hired => "Hired",
        _ => a.ToString(),
    };

    public static string Of(ConsentState c) => c switch
    {
        ConsentState.Pending => "Waiting for an answer",
        ConsentState.Accepted => "Yes, may share",
        ConsentState.Declined => "No",
        ConsentState.Withdrawn => "Withdrawn",
        ConsentState.Expired => "Expired without an answer",
        _ => c.ToString(),
    };

    public static string Of(EmploymentForm f) => f switch
    {
        EmploymentForm.Placement => "Work placement",
        EmploymentForm.Job => "Job",
        EmploymentForm.WageSubsidy => "Wage subsidy job",
        EmploymentForm.NewStartJob => "New start job",
        EmploymentForm.IntroductionJob => "Introduction job",
        _ => f.ToString(),
    };

    public static string Of(MeetingStatus s) => s switch
    {
        MeetingStatus.Draft => "Draft",
        MeetingStatus.Published => "Published",
        MeetingStatus.Completed => "Completed",
        MeetingStatus.Cancelled => "Cancelled",
        _ => s.ToString(),
    };

    public static string Of(InvitationState s) => s switch
    {
        InvitationState.Invited => "Not answered yet",
        InvitationState.Accepted => "Yes, coming",
        InvitationState.Declined => "No, not coming",
        InvitationState.Waitlisted => "On the waiting list",
        _ => s.ToString(),
    };

    public static string Of(MeetingOutcome o) => o switch
    {
        MeetingOutcome.Nothing => "Nothing this time",
        MeetingOutcome.Placement => "Got a work placement",
        MeetingOutcome.Job => "Got a job",
        _ => o.ToString(),
    };

    /// <summary>Swedish local time; the zone the meetings happen in.</summary>
    public static TimeZoneInfo SwedishTime => Sweden;

    public static string Of(OutcomeKind k) => k switch
    {
        OutcomeKind.Placement => "Work placement",
        OutcomeKind.Job => "Job",
        OutcomeKind.Studies => "Studies",
        _ => k.ToString(),
    };

    /// <summary>An outcome told to the candidate in plain words.</summary>
    public static string ForCandidate(OutcomeKind k) => k switch
    {
        OutcomeKind.Placement => "You have a work placement",
        OutcomeKind.Job => "You have a job",
        OutcomeKind.Studies => "You are studying",
        _ => k.ToString(),
    };

    /// <summary>"2026-01-05 – 2026-03-01", or "from 2026-01-05 –" while open; dates are ISO in every language.</summary>
    public static string Period(DateOnly start, DateOnly? end) =>
        $"{start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} – {end?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    private static readonly TimeZoneInfo Sweden = FindSweden();

    /// <summary>A stored UTC time as Swedish local time, as users read clocks.</summary>
    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Sweden).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindSweden()
    {
        // Without time-zone data on the machine, UTC is shown rather than failing the page.
        return TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var tz) ? tz : TimeZoneInfo.Utc;
    }

    /// <summary>What the coach status means, told to the candidate.</summary>
    public static string ForCandidate(CoachStatus s) => s switch
    {
        CoachStatus.Considered => "Your coach thinks this could suit you.",
        CoachStatus.Contacted => "Your coach has talked to you about it.",
        CoachStatus.Interested => "You are interested.",
        CoachStatus.Presented => "Your coach has told the employer about you.",
        CoachStatus.MeetingBooked => "A meeting with the employer is booked.",
        CoachStatus.Placed => "You got the place.",
        CoachStatus.NotInterested => "You said you are not interested.",
        CoachStatus.NotSuitable => "It was not the right match this time.",
        _ => s.ToString(),
    };

    /// <summary>The candidate's own answer to a consent question, in the first person: the words of
    /// the button they pressed.</summary>
    public static string ForCandidate(ConsentState c) => c switch
    {
        ConsentState.Pending => "Not answered yet",
        ConsentState.Accepted => "Yes, you may share my profile",
        ConsentState.Declined => "No, do not share",
        ConsentState.Withdrawn => "Your coach withdrew the question",
        ConsentState.Expired => "You did not answer in time, so nothing was shared",
        _ => c.ToString(),
    };

    /// <summary>The candidate's own answer to a meeting invitation, in the first person.</summary>
    public static string ForCandidate(InvitationState s) => s switch
    {
        InvitationState.Invited => "Not answered yet",
        InvitationState.Accepted => "Yes, I will come",
        InvitationState.Declined => "No, I cannot come",
        InvitationState.Waitlisted => "Yes, I will come (you are on the waiting list)",
        _ => s.ToString(),
    };

    public static string Of(ActionPlanStepStatus s) => s switch
    {
        ActionPlanStepStatus.Planned => "Planned",
        ActionPlanStepStatus.InProgress => "Ongoing",
        ActionPlanStepStatus.Done => "Done",
        _ => s.ToString(),
    };

    /// <summary>A CEFR level as shown: the code itself (A1 … C2, the same in every language), or a
    /// phrase when none is recorded.</summary>
    /// <summary>A role as a reader names it, never the role's code.</summary>
    public static string RoleName(string role) => role switch
    {
        Roles.Coach => "Job coach",
        Roles.EmployerUser => "Employer",
        Roles.Admin => "Administrator",
        Roles.Candidate => "Participant",
        _ => "Someone",
    };

    public static string Level(CefrLevel level) => level == CefrLevel.None ? "Not assessed yet" : level.ToString();
}
