namespace Marketplace.Data.Entities;

/// <summary>A placement (praktikplats) or job offered by an employer (PRODUCT.md capability 2).</summary>
public class Placement
{
    public int Id { get; set; }
    public int EmployerOrganisationId { get; set; }
    public EmployerOrganisation? EmployerOrganisation { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    /// <summary>JobTech concept id of the SSYK-4 occupation group.</summary>
    public required string OccupationGroupId { get; set; }
    /// <summary>Optional JobTech occupation field (yrkesområde) the employer files the placement
    /// under, so a candidate interested in the whole field is matched (docs/decisions/0013).</summary>
    public string? OccupationFieldId { get; set; }
    public EmploymentForm EmploymentForm { get; set; }
    public PlacementStatus Status { get; set; }
    public CefrLevel MinSwedishLevel { get; set; }
    public bool LanguageSupportAvailable { get; set; }
    public string? WorkplaceAddress { get; set; }
    public required string WorkplacePostcode { get; set; }
    public double? WorkplaceLat { get; set; }
    public double? WorkplaceLon { get; set; }
    public Worktime Worktime { get; set; }
    public int? HoursPerWeek { get; set; }
    public string? Schedule { get; set; }
    public DateOnly StartDate { get; set; }
    public int? DurationWeeks { get; set; }
    public int Seats { get; set; }
    public string? SupervisorName { get; set; }
    public string? SupervisorPhone { get; set; }
    /// <summary>Licence class required, e.g. "B"; null when none.</summary>
    public string? RequiredLicence { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public List<PlacementSkill> Skills { get; set; } = [];
    public List<PlacementLanguage> UsefulLanguages { get; set; } = [];
    public Guid Version { get; set; }
}

public class PlacementSkill
{
    public int Id { get; set; }
    public int PlacementId { get; set; }
    public required string SkillId { get; set; }
    public bool Required { get; set; }
}

public class PlacementLanguage
{
    public int Id { get; set; }
    public int PlacementId { get; set; }
    public required string LanguageId { get; set; }
}
