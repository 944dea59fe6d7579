using System.Text.Json.Serialization;

namespace Marketplace.Data.Entities;

// Enums travel as their names in JSON ("A2", "Published"): readable in the API and stable if
// members are ever reordered.

/// <summary>CEFR levels as stored; ordinal so "not below the requirement" is a comparison.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CefrLevel>))]
public enum CefrLevel
{
    None = 0,
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}

[JsonConverter(typeof(JsonStringEnumConverter<SfiCourse>))]
public enum SfiCourse
{
    None = 0,
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<Worktime>))]
public enum Worktime
{
    Either = 0,
    FullTime = 1,
    PartTime = 2,
}

[JsonConverter(typeof(JsonStringEnumConverter<EducationLevel>))]
public enum EducationLevel
{
    Unknown = 0,
    NoFormalSchooling = 1,
    Compulsory = 2,
    UpperSecondary = 3,
    PostSecondaryShort = 4,
    University = 5,
}

/// <summary>Transport the candidate can use. Stored as flags; mirrors Matching's TransportModes
/// by value (Web maps between them, Data does not reference Matching).</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<TransportFlags>))]
public enum TransportFlags
{
    None = 0,
    Walk = 1,
    Bike = 2,
    PublicTransport = 4,
    Car = 8,
}

[JsonConverter(typeof(JsonStringEnumConverter<EmploymentForm>))]
public enum EmploymentForm
{
    Placement = 0,
    Job = 1,
    WageSubsidy = 2,
    NewStartJob = 3,
    IntroductionJob = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<PlacementStatus>))]
public enum PlacementStatus
{
    Draft = 0,
    Published = 1,
    Filled = 2,
    Closed = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<CoachStatus>))]
public enum CoachStatus
{
    Considered = 0,
    Contacted = 1,
    Interested = 2,
    Presented = 3,
    MeetingBooked = 4,
    Placed = 5,
    NotInterested = 6,
    NotSuitable = 7,
}

[JsonConverter(typeof(JsonStringEnumConverter<EmployerAssessment>))]
public enum EmployerAssessment
{
    None = 0,
    UnderReview = 1,
    Interesting = 2,
    NotRelevant = 3,
    Hired = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<ConsentState>))]
public enum ConsentState
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Withdrawn = 3,
    Expired = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<MeetingStatus>))]
public enum MeetingStatus
{
    Draft = 0,
    Published = 1,
    Completed = 2,
    Cancelled = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<InvitationState>))]
public enum InvitationState
{
    Invited = 0,
    Accepted = 1,
    Declined = 2,
    Waitlisted = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<ActionPlanStepStatus>))]
public enum ActionPlanStepStatus
{
    Planned = 0,
    InProgress = 1,
    Done = 2,
}

/// <summary>An outcome programmes are measured on: a work placement, a job (any employment form),
/// or studies (egen försörjning counts job and studies).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutcomeKind>))]
public enum OutcomeKind
{
    Placement = 0,
    Job = 1,
    Studies = 2,
}
