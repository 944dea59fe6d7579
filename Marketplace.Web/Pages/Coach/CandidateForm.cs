using Marketplace.Data.Entities;
using Marketplace.Web.Workflows;

namespace Marketplace.Web.Pages.Coach;

/// <summary>The profile form as posted, turned into the same <see cref="CandidateRequest"/> the API
/// takes, so both are validated by the same rules. One experience row and one spoken language
/// besides the mother tongue keep the form short; the API takes more.</summary>
public sealed class CandidateForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? HomePostcode { get; set; }
    public CefrLevel SwedishLevel { get; set; }
    public SfiCourse SfiCourse { get; set; }
    public bool SfiInProgress { get; set; }
    public EducationLevel EducationLevel { get; set; }
    public List<TransportFlags> Transport { get; set; } = [];
    public bool HasCarAccess { get; set; }
    public List<string> Licences { get; set; } = [];
    public int MaxCommuteMinutes { get; set; } = 45;
    public DateOnly AvailableFrom { get; set; }
    public Worktime Worktime { get; set; }
    public bool Searchable { get; set; } = true;
    public bool ConsentToMatching { get; set; }
    public string? Summary { get; set; }
    public List<string> Skills { get; set; } = [];
    public List<string> Interests { get; set; } = [];
    public string? ExperienceGroup { get; set; }
    public decimal ExperienceYears { get; set; }
    public List<string> MotherTongue { get; set; } = [];
    public Guid? Version { get; set; }
    /// <summary>Set only when the coach picked a point on the map; empty means "use the postcode".</summary>
    public double? HomeLat { get; set; }
    public double? HomeLon { get; set; }
    /// <summary>Optional; only for the duplicate warning (same name and birth date).</summary>
    public DateOnly? BirthDate { get; set; }

    public CandidateRequest ToRequest(string? experienceGroupId, Candidate? existing) => new(
        FirstName ?? "", LastName ?? "", Email, Phone, HomePostcode ?? "", SwedishLevel, SfiCourse, SfiInProgress, EducationLevel,
        Transport.Aggregate(TransportFlags.None, (a, b) => a | b), HasCarAccess, MaxCommuteMinutes, AvailableFrom, Worktime,
        Searchable, ConsentToMatching, Summary, Skills,
        experienceGroupId is null ? KeptExperience(existing) : [new ExperienceDto(experienceGroupId, ExperienceYears), .. KeptExperience(existing).Skip(1)],
        [.. MotherTongue.Select(l => new LanguageDto(l, CefrLevel.C2, MotherTongue: true)), .. KeptLanguages(existing)],
        Licences, Interests, Version, HomeLat, HomeLon, BirthDate);

    // Rows the short form does not show are kept as they are, not dropped by an edit.
    private static List<ExperienceDto> KeptExperience(Candidate? c) => c?.Experience.Select(e => new ExperienceDto(e.OccupationGroupId, e.Years)).ToList() ?? [];

    private static List<LanguageDto> KeptLanguages(Candidate? c) =>
        c?.Languages.Where(l => !l.MotherTongue).Select(l => new LanguageDto(l.LanguageId, l.Level)).ToList() ?? [];

    public static CandidateForm From(Candidate c, string? experienceGroup) => new()
    {
        FirstName = c.FirstName,
        LastName = c.LastName,
        Email = c.Email,
        Phone = c.Phone,
        HomePostcode = c.HomePostcode,
        SwedishLevel = c.SwedishLevel,
        SfiCourse = c.SfiCourse,
        SfiInProgress = c.SfiInProgress,
        EducationLevel = c.EducationLevel,
        Transport = Enum.GetValues<TransportFlags>().Where(f => f != TransportFlags.None && c.Transport.HasFlag(f)).ToList(),
        HasCarAccess = c.HasCarAccess,
        Licences = c.Licences.Select(l => l.LicenceClass).ToList(),
        MaxCommuteMinutes = c.MaxCommuteMinutes,
        AvailableFrom = c.AvailableFrom,
        Worktime = c.Worktime,
        Searchable = c.Searchable,
        ConsentToMatching = c.ConsentToMatching,
        Summary = c.Summary,
        Skills = c.Skills.Select(s => s.SkillId).ToList(),
        Interests = c.Interests.Select(i => i.OccupationGroupId).ToList(),
        ExperienceGroup = experienceGroup,
        ExperienceYears = c.Experience.FirstOrDefault()?.Years ?? 0,
        MotherTongue = c.Languages.Where(l => l.MotherTongue).Select(l => l.LanguageId).ToList(),
        Version = c.Version,
        HomeLat = c.HomeLat,
        HomeLon = c.HomeLon,
        BirthDate = c.BirthDate,
    };
}
