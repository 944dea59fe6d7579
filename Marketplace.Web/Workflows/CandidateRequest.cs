using System.ComponentModel.DataAnnotations;
using Marketplace.Data.Entities;

namespace Marketplace.Web.Workflows;

public sealed record ExperienceDto([property: Required, StringLength(16)] string OccupationGroupId, [property: Range(0, 60)] decimal Years);

public sealed record LanguageDto([property: Required, StringLength(16)] string LanguageId, CefrLevel Level, bool MotherTongue = false);

/// <summary>A candidate profile as a coach writes it with the candidate. Protected
/// characteristics are absent except the birth date, which is optional and used only to warn of a
/// person registered twice (same name and birth date); it never reaches matching. A request
/// without it keeps the stored one. <see cref="ConfirmedNotDuplicate"/> is set once the coach has
/// seen the possible-duplicate warning and saves anyway.</summary>
public sealed record CandidateRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string FirstName,
    [property: Required, StringLength(100, MinimumLength = 1)] string LastName,
    [property: EmailAddress, StringLength(256)] string? Email,
    [property: Phone, StringLength(32)] string? Phone,
    [property: Required, StringLength(6)] string HomePostcode,
    CefrLevel SwedishLevel,
    SfiCourse SfiCourse,
    bool SfiInProgress,
    EducationLevel EducationLevel,
    TransportFlags Transport,
    bool HasCarAccess,
    [property: Range(5, 180)] int MaxCommuteMinutes,
    DateOnly AvailableFrom,
    Worktime Worktime,
    bool Searchable,
    bool ConsentToMatching,
    [property: StringLength(4000), MultiLine] string? Summary,
    [property: MaxLength(50)] List<string>? Skills,
    [property: MaxLength(20)] List<ExperienceDto>? Experience,
    [property: MaxLength(20)] List<LanguageDto>? Languages,
    [property: MaxLength(10)] List<string>? Licences,
    [property: MaxLength(10)] List<string>? Interests,
    Guid? Version = null,
    double? HomeLat = null,
    double? HomeLon = null,
    DateOnly? BirthDate = null,
    bool ConfirmedNotDuplicate = false);
