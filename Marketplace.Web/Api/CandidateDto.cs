using Marketplace.Data.Entities;

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

    /// <summary>Copies a validated request onto the entity. The home is the point picked on a map,
    /// snapped to the 250 m grid so it cannot reveal an address, or else the postcode's locality point.</summary>
    public static void Apply(CandidateRequest r, Candidate c, Postcode postcode, DateTime now)
    {
        c.FirstName = r.FirstName.Trim();
        c.LastName = r.LastName.Trim();
        c.Email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim();
        c.Phone = string.IsNullOrWhiteSpace(r.Phone) ? null : r.Phone.Trim();
        c.HomePostcode = postcode.Code;
        var home = r.HomeLat is { } lat && r.HomeLon is { } lon
            ? new Marketplace.Matching.Geo.GeoPoint(lat, lon).SnapToGrid()
            : new Marketplace.Matching.Geo.GeoPoint(postcode.Lat, postcode.Lon);
        c.HomeLat = home.Lat;
        c.HomeLon = home.Lon;
        c.SwedishLevel = r.SwedishLevel;
        c.SfiCourse = r.SfiCourse;
        c.SfiInProgress = r.SfiInProgress;
        c.EducationLevel = r.EducationLevel;
        c.Transport = r.Transport;
        c.HasCarAccess = r.HasCarAccess;
        c.MaxCommuteMinutes = r.MaxCommuteMinutes;
        c.AvailableFrom = r.AvailableFrom;
        c.Worktime = r.Worktime;
        if (r.ConsentToMatching && !c.ConsentToMatching)
        {
            c.ConsentGivenAt = now;
        }
        c.Searchable = r.Searchable;
        c.ConsentToMatching = r.ConsentToMatching;
        c.Summary = r.Summary;
        c.BirthDate = r.BirthDate ?? c.BirthDate;
        c.UpdatedAt = now;
        c.Skills = (r.Skills ?? []).Distinct().Select(s => new CandidateSkill { SkillId = s }).ToList();
        c.Experience = (r.Experience ?? []).Select(e => new CandidateExperience { OccupationGroupId = e.OccupationGroupId, Years = e.Years }).ToList();
        c.Languages = (r.Languages ?? []).Select(l => new CandidateLanguage { LanguageId = l.LanguageId, Level = l.Level, MotherTongue = l.MotherTongue }).ToList();
        c.Licences = (r.Licences ?? []).Distinct().Select(l => new CandidateLicence { LicenceClass = l }).ToList();
        c.Interests = (r.Interests ?? []).Distinct().Select(i => new CandidateInterest { OccupationGroupId = i }).ToList();
    }
}
