using System.Globalization;
using Marketplace.Data.Entities;
using Marketplace.Web.Workflows;

namespace Marketplace.Web.Pages.Employer;

/// <summary>The placement form as posted: plain properties a form can bind, turned into the same
/// <see cref="PlacementRequest"/> the API takes so both are validated by the same rules.</summary>
public sealed class PlacementForm
{
    // Strings are nullable so MVC adds no implicit "required" of its own: the request's
    // attributes decide, and each field then gets one plain message, not two.
    public string? Title { get; set; }
    public string? Description { get; set; }
    /// <summary>"9111 Städare" as picked from the list; the SSYK code identifies the group.</summary>
    public string? OccupationGroup { get; set; }
    /// <summary>Optional occupation field id (empty: none).</summary>
    public string? OccupationFieldId { get; set; }
    public EmploymentForm EmploymentForm { get; set; }
    public CefrLevel MinSwedishLevel { get; set; }
    public bool LanguageSupportAvailable { get; set; }
    public string? WorkplaceAddress { get; set; }
    public string? WorkplacePostcode { get; set; }
    public Worktime Worktime { get; set; }
    public int? HoursPerWeek { get; set; }
    public string? Schedule { get; set; }
    public DateOnly StartDate { get; set; }
    public int? DurationWeeks { get; set; }
    public int Seats { get; set; } = 1;
    public string? SupervisorName { get; set; }
    public string? SupervisorPhone { get; set; }
    public string? RequiredLicence { get; set; }
    public List<string> RequiredSkills { get; set; } = [];
    public List<string> NiceToHaveSkills { get; set; } = [];
    public List<string> UsefulLanguages { get; set; } = [];
    public Guid? Version { get; set; }
    /// <summary>Set only when a point was picked on the map; empty means "use the postcode".</summary>
    public double? WorkplaceLat { get; set; }
    public double? WorkplaceLon { get; set; }

    /// <summary>Form field for each request field whose name differs.</summary>
    public static string FieldFor(string requestField) => requestField == nameof(PlacementRequest.OccupationGroupId) ? nameof(OccupationGroup) : requestField;

    public static string? SsykOf(string picked)
    {
        var code = picked.Trim().Split(' ', 2)[0];
        return code.Length == 4 && code.All(char.IsAsciiDigit) ? code : null;
    }

    public PlacementRequest ToRequest(string occupationGroupId) => new(
        Title ?? "", Description ?? "", occupationGroupId, EmploymentForm, MinSwedishLevel, LanguageSupportAvailable, WorkplaceAddress,
        WorkplacePostcode ?? "", Worktime, HoursPerWeek, Schedule, StartDate, DurationWeeks, Seats, SupervisorName, SupervisorPhone,
        RequiredLicence, RequiredSkills, NiceToHaveSkills, UsefulLanguages, Version, WorkplaceLat, WorkplaceLon,
        string.IsNullOrWhiteSpace(OccupationFieldId) ? null : OccupationFieldId);

    public static PlacementForm From(Placement p, string occupationGroup) => new()
    {
        Title = p.Title,
        Description = p.Description,
        OccupationGroup = occupationGroup,
        OccupationFieldId = p.OccupationFieldId,
        EmploymentForm = p.EmploymentForm,
        MinSwedishLevel = p.MinSwedishLevel,
        LanguageSupportAvailable = p.LanguageSupportAvailable,
        WorkplaceAddress = p.WorkplaceAddress,
        WorkplacePostcode = p.WorkplacePostcode,
        Worktime = p.Worktime,
        HoursPerWeek = p.HoursPerWeek,
        Schedule = p.Schedule,
        StartDate = p.StartDate,
        DurationWeeks = p.DurationWeeks,
        Seats = p.Seats,
        SupervisorName = p.SupervisorName,
        SupervisorPhone = p.SupervisorPhone,
        RequiredLicence = p.RequiredLicence,
        RequiredSkills = p.Skills.Where(s => s.Required).Select(s => s.SkillId).ToList(),
        NiceToHaveSkills = p.Skills.Where(s => !s.Required).Select(s => s.SkillId).ToList(),
        UsefulLanguages = p.UsefulLanguages.Select(l => l.LanguageId).ToList(),
        Version = p.Version,
        WorkplaceLat = p.WorkplaceLat,
        WorkplaceLon = p.WorkplaceLon,
    };

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
