using Marketplace.Data.Entities;
using Marketplace.Web.Workflows;

namespace Marketplace.Web.Api;

/// <summary>A profile as the API returns it. Protected characteristics are never included.</summary>
public sealed record CandidateDto(
    int Id, int UnitId, string FirstName, string LastName, string? Email, string? Phone, string HomePostcode,
    CefrLevel SwedishLevel, SfiCourse SfiCourse, bool SfiInProgress, EducationLevel EducationLevel,
    TransportFlags Transport, bool HasCarAccess, int MaxCommuteMinutes, DateOnly AvailableFrom, Worktime Worktime,
    bool Searchable, bool ConsentToMatching, string? Summary, IReadOnlyList<string> Skills, IReadOnlyList<ExperienceDto> Experience,
    IReadOnlyList<LanguageDto> Languages, IReadOnlyList<string> Licences, IReadOnlyList<string> Interests, Guid Version,
    double? HomeLat, double? HomeLon)
{
    public static CandidateDto From(Candidate c) => new(
        c.Id, c.UnitId, c.FirstName, c.LastName, c.Email, c.Phone, c.HomePostcode, c.SwedishLevel, c.SfiCourse, c.SfiInProgress,
        c.EducationLevel, c.Transport, c.HasCarAccess, c.MaxCommuteMinutes, c.AvailableFrom, c.Worktime, c.Searchable,
        c.ConsentToMatching, c.Summary, c.Skills.Select(s => s.SkillId).ToList(),
        c.Experience.Select(e => new ExperienceDto(e.OccupationGroupId, e.Years)).ToList(),
        c.Languages.Select(l => new LanguageDto(l.LanguageId, l.Level, l.MotherTongue)).ToList(),
        c.Licences.Select(l => l.LicenceClass).ToList(), c.Interests.Select(i => i.OccupationGroupId).ToList(), c.Version,
        c.HomeLat, c.HomeLon);
}

/// <summary>A profile as an employer reads it once the candidate said yes: who they are, how to
/// reach them and what they can do, and where they live only as the municipality. No coordinates,
/// postcode, unit or version: an employer has no use for them, and a home point to five decimals
/// is an address.</summary>
public sealed record SharedProfileDto(
    int Id, string FirstName, string LastName, string? Email, string? Phone, string? Locality,
    CefrLevel SwedishLevel, SfiCourse SfiCourse, bool SfiInProgress, EducationLevel EducationLevel,
    TransportFlags Transport, bool HasCarAccess, int MaxCommuteMinutes, DateOnly AvailableFrom, Worktime Worktime,
    string? Summary, IReadOnlyList<string> Skills, IReadOnlyList<ExperienceDto> Experience,
    IReadOnlyList<LanguageDto> Languages, IReadOnlyList<string> Licences)
{
    public static SharedProfileDto From(Candidate c, string? locality) => new(
        c.Id, c.FirstName, c.LastName, c.Email, c.Phone, locality, c.SwedishLevel, c.SfiCourse, c.SfiInProgress,
        c.EducationLevel, c.Transport, c.HasCarAccess, c.MaxCommuteMinutes, c.AvailableFrom, c.Worktime, c.Summary,
        c.Skills.Select(s => s.SkillId).ToList(),
        c.Experience.Select(e => new ExperienceDto(e.OccupationGroupId, e.Years)).ToList(),
        c.Languages.Select(l => new LanguageDto(l.LanguageId, l.Level, l.MotherTongue)).ToList(),
        c.Licences.Select(l => l.LicenceClass).ToList());
}
