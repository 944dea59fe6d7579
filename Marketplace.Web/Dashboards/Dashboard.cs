using Marketplace.Data.Entities;

namespace Marketplace.Web.Dashboards;

/// <summary>A unit's follow-up figures for one period (PRODUCT.md capability 9). The cohort is the
/// unit's own candidates registered in the period; every figure but the meetings is about them.</summary>
public sealed record Dashboard(
    int UnitId,
    string UnitName,
    DashboardPeriod Period,
    IReadOnlyList<FunnelStep> Funnel,
    SelfSufficiency TimeToSelfSufficiency,
    ShareInWorkOrStudies ShareWithinMonths,
    IReadOnlyList<GenderRow> OutcomesByGender,
    IReadOnlyList<MeetingResult> Meetings);

/// <summary>Funnel step names, in order; also the English text of each step (the resource key).</summary>
public static class FunnelSteps
{
    public const string Registered = "Registered in the period";
    public const string Shortlisted = "On a shortlist";
    public const string ConsentGiven = "Said yes to sharing";
    public const string Presented = "Presented to an employer";
    public const string Invited = "Invited to a recruitment meeting";
    public const string Outcome = "Outcome recorded";
}

/// <summary>How many distinct candidates of the cohort reached this step, at any time up to now.</summary>
public sealed record FunnelStep(string Step, int Candidates);

/// <summary>Days from registration to the start of the first job or studies (started by today):
/// how many got there, the median, and the quartiles once there are
/// <see cref="DashboardService.QuartilesFrom"/> or more.</summary>
public sealed record SelfSufficiency(int Count, double? MedianDays, double? LowerQuartileDays, double? UpperQuartileDays);

/// <summary>Of the cohort registered at least <see cref="Months"/> months before the end of the
/// period (or today, if the period ends later) — those who had the whole N months — how many
/// started a job or studies within N months of registering.</summary>
public sealed record ShareInWorkOrStudies(int Months, DateOnly RegisteredBy, int Eligible, int InWorkOrStudies, double? Share);

/// <summary>A count that is shown only when it cannot point at a person: null with
/// <see cref="Suppressed"/> set means "fewer than <see cref="SmallCells.Threshold"/>" (or hidden so
/// that another hidden cell cannot be worked out; docs/decisions/0010).</summary>
public sealed record CellCount(int? Value, bool Suppressed)
{
    public static CellCount Shown(int value) => new(value, false);
    public static readonly CellCount Hidden = new(null, true);
}

/// <summary>Gender groups as reported: the stored values "female" and "male", anything else
/// recorded, and nothing recorded. The key doubles as the English text.</summary>
public static class GenderGroups
{
    public const string Women = "Women";
    public const string Men = "Men";
    public const string Other = "Other";
    public const string NotRecorded = "Not recorded";
    public static readonly IReadOnlyList<string> All = [Women, Men, Other, NotRecorded];

    public static string Of(string? stored) => stored switch
    {
        null or "" => NotRecorded,
        "female" => Women,
        "male" => Men,
        _ => Other,
    };
}

/// <summary>One gender group of the cohort: registered, and with at least one outcome of each kind.</summary>
public sealed record GenderRow(string Gender, CellCount Registered, CellCount Placement, CellCount Job, CellCount Studies);

/// <summary>A completed recruitment meeting in the period: its invitations and what came of them.</summary>
public sealed record MeetingResult(int MeetingId, string Title, DateTime StartsAt, int Invited, int Accepted, int Attended,
    int GotPlacement, int GotJob)
{
    public static IReadOnlyList<(string Name, Func<MeetingResult, int> Value)> Measures { get; } =
    [
        ("People invited", m => m.Invited),
        ("Said yes", m => m.Accepted),
        ("Attended", m => m.Attended),
        ("Got a placement", m => m.GotPlacement),
        ("Got a job", m => m.GotJob),
    ];

    /// <summary>Outcome kinds counted on the invitation (see MeetingService.RecordAttendanceAsync).</summary>
    public static readonly MeetingOutcome[] CountedOutcomes = [MeetingOutcome.Placement, MeetingOutcome.Job];
}
