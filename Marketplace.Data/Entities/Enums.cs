namespace Marketplace.Data.Entities;

/// <summary>CEFR levels as stored; ordinal so "not below the requirement" is a comparison.</summary>
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

public enum SfiCourse
{
    None = 0,
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

public enum Worktime
{
    Either = 0,
    FullTime = 1,
    PartTime = 2,
}

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
public enum TransportFlags
{
    None = 0,
    Walk = 1,
    Bike = 2,
    PublicTransport = 4,
    Car = 8,
}

public enum EmploymentForm
{
    Placement = 0,
    Job = 1,
    WageSubsidy = 2,
    NewStartJob = 3,
    IntroductionJob = 4,
}

public enum PlacementStatus
{
    Draft = 0,
    Published = 1,
    Filled = 2,
    Closed = 3,
}

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

public enum EmployerAssessment
{
    None = 0,
    UnderReview = 1,
    Interesting = 2,
    NotRelevant = 3,
    Hired = 4,
}

public enum ConsentState
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Withdrawn = 3,
    Expired = 4,
}

public enum MeetingStatus
{
    Draft = 0,
    Published = 1,
    Completed = 2,
    Cancelled = 3,
}

public enum InvitationState
{
    Invited = 0,
    Accepted = 1,
    Declined = 2,
    Waitlisted = 3,
}

public enum ActionPlanStepStatus
{
    Planned = 0,
    InProgress = 1,
    Done = 2,
}
