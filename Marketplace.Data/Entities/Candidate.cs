namespace Marketplace.Data.Entities;

/// <summary>A participant and their profile. Home is stored coarse (postcode and a point snapped
/// to about 250 m), never a street address. Protected characteristics sit in their own columns,
/// are only filled where a programme must report on them, and are never mapped to matching.</summary>
public class Candidate
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public MunicipalUnit? Unit { get; set; }
    public string? CoachId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public required string HomePostcode { get; set; }
    public double? HomeLat { get; set; }
    public double? HomeLon { get; set; }
    public CefrLevel SwedishLevel { get; set; }
    public SfiCourse SfiCourse { get; set; }
    /// <summary>True while the candidate is studying <see cref="SfiCourse"/> (counts one step below it).</summary>
    public bool SfiInProgress { get; set; }
    public EducationLevel EducationLevel { get; set; }
    public TransportFlags Transport { get; set; }
    public bool HasCarAccess { get; set; }
    public int MaxCommuteMinutes { get; set; }
    public DateOnly AvailableFrom { get; set; }
    public Worktime Worktime { get; set; }
    public bool Searchable { get; set; }
    public bool ConsentToMatching { get; set; }
    public DateTime? ConsentGivenAt { get; set; }
    public string? Summary { get; set; }
    public DateTime RegisteredAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    // Protected characteristics: reporting only (PRODUCT.md capability 3).
    public DateOnly? BirthDate { get; set; }
    public string? Gender { get; set; }
    public string? OriginCountry { get; set; }

    public List<CandidateExperience> Experience { get; set; } = [];
    public List<CandidateSkill> Skills { get; set; } = [];
    public List<CandidateLanguage> Languages { get; set; } = [];
    public List<CandidateLicence> Licences { get; set; } = [];
    public List<CandidateInterest> Interests { get; set; } = [];
    public List<ActionPlanStep> ActionPlan { get; set; } = [];

    /// <summary>Optimistic concurrency: a coach and the candidate may edit at the same time.</summary>
    public Guid Version { get; set; }
}

public class CandidateExperience
{
    public int Id { get; set; }
    public int CandidateId { get; set; }
    /// <summary>JobTech concept id of the SSYK-4 occupation group.</summary>
    public required string OccupationGroupId { get; set; }
    public decimal Years { get; set; }
}

public class CandidateSkill
{
    public int Id { get; set; }
    public int CandidateId { get; set; }
    public required string SkillId { get; set; }
}

public class CandidateLanguage
{
    public int Id { get; set; }
    public int CandidateId { get; set; }
    public required string LanguageId { get; set; }
    public CefrLevel Level { get; set; }
    public bool MotherTongue { get; set; }
}

public class CandidateLicence
{
    public int Id { get; set; }
    public int CandidateId { get; set; }
    /// <summary>Class name as on the licence: "B", "C1", "CE" …</summary>
    public required string LicenceClass { get; set; }
}

public class CandidateInterest
{
    public int Id { get; set; }
    public int CandidateId { get; set; }
    public required string OccupationGroupId { get; set; }
}

public class ActionPlanStep
{
    public int Id { get; set; }
    public int CandidateId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public ActionPlanStepStatus Status { get; set; }
    public DateOnly? DueDate { get; set; }
}
