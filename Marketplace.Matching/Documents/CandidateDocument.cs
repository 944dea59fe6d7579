using Marketplace.Matching.Commute;
using Marketplace.Matching.Geo;
using Marketplace.Matching.Languages;

namespace Marketplace.Matching.Documents;

public enum WorkingTime
{
    Either = 0,
    FullTime = 1,
    PartTime = 2,
}

/// <summary>Years of experience in one SSYK-4 occupation group (taxonomy concept id).</summary>
public sealed record Experience(string GroupId, int Years);

public enum Gender
{
    Unspecified = 0,
    Female = 1,
    Male = 2,
    Other = 3,
}

/// <summary>Carried only so tests can prove that changing them never moves a score or a ranking
/// (PRODUCT.md: never a protected characteristic). Nothing in Scoring or Index reads this type,
/// and the index does not store it.</summary>
public sealed record ProtectedCharacteristics(Gender Gender = Gender.Unspecified, int? BirthYear = null, string? OriginCountry = null);

/// <summary>What the matching engine knows about a candidate. Web maps a stored profile to this.</summary>
/// <param name="Home">Already snapped to the privacy grid or a postcode's locality point.</param>
/// <param name="Licences">Driving-licence classes held, as taxonomy labels ("B", "C1").</param>
/// <param name="OtherLanguages">Language concept ids besides Swedish.</param>
/// <param name="Skills">Skill concept ids.</param>
/// <param name="Interests">SSYK-4 group or occupation-field concept ids the candidate asked for.</param>
public sealed record CandidateDocument(
    long Id,
    bool Searchable,
    bool Consent,
    DateOnly AvailableFrom,
    GeoPoint Home,
    TransportModes Modes,
    string[] Licences,
    int MaxCommuteMinutes,
    LanguageLevel Swedish,
    string[] OtherLanguages,
    string[] Skills,
    Experience[] Experience,
    string[] Interests,
    WorkingTime WorkingTime,
    ProtectedCharacteristics Protected);

public enum PlacementStatus
{
    Open = 0,
    Closed = 1,
}

/// <param name="GroupId">SSYK-4 occupation group concept id.</param>
/// <param name="OccupationFieldId">Optional occupation field, for candidates interested in a whole field.</param>
/// <param name="RequiredLicence">A licence class label, or null when none is needed.</param>
public sealed record PlacementDocument(
    long Id,
    string GroupId,
    string? OccupationFieldId,
    string[] RequiredSkills,
    string[] NiceToHaveSkills,
    CefrLevel MinSwedish,
    bool LanguageSupport,
    string[] UsefulLanguages,
    GeoPoint Workplace,
    DateOnly StartDate,
    string? RequiredLicence,
    WorkingTime WorkingTime,
    PlacementStatus Status);
