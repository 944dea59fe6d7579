using Marketplace.Matching.Commute;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Scoring;

namespace Marketplace.Matching.Explanations;

/// <summary>Why a candidate scored what they did (or was not ranked). Structured first; text is
/// rendered from it by <see cref="ExplanationText"/>.</summary>
public sealed record MatchExplanation(
    long CandidateId,
    long PlacementId,
    bool Eligible,
    double Score,
    IReadOnlyList<FactorExplanation> Factors,
    IReadOnlyList<HardConstraint> Failures,
    ConstraintDetail Constraints,
    IReadOnlyList<Gap> Gaps);

/// <param name="Value">The factor in [0, 1].</param>
/// <param name="Contribution">Weight × value: what the factor adds to the score.</param>
public sealed record FactorExplanation(Factor Factor, double Weight, double Value, double Contribution, FactorDetail Detail);

public abstract record FactorDetail;

public sealed record SkillsDetail(
    string[] MatchedRequired,
    string[] MissingRequired,
    string[] MatchedNiceToHave,
    string[] MissingNiceToHave,
    string[] RelatedSkills,
    int ExperienceYears) : FactorDetail;

public sealed record LanguageDetail(LanguageLevel Swedish, CefrLevel Required, bool LanguageSupport, string[] UsefulLanguagesSpoken) : FactorDetail;

/// <param name="Estimate">Null when no usable mode reaches the workplace.</param>
public sealed record CommuteDetail(CommuteEstimate? Estimate, int MaxMinutes, int ComfortableMinutes) : FactorDetail;

public sealed record InterestDetail(bool Interested) : FactorDetail;

/// <summary>The values the hard constraints compared, so a failure can be explained with numbers.</summary>
public sealed record ConstraintDetail(DateOnly AvailableFrom, DateOnly StartDate, string? RequiredLicence, string[] LicencesHeld);

public enum GapKind
{
    /// <summary>A required skill the candidate lacks (a course or a certificate closes it).</summary>
    Skill,
    /// <summary>Swedish to reach a level (an SFI or Swedish course).</summary>
    Swedish,
    /// <summary>A driving-licence class to take.</summary>
    Licence,
    /// <summary>The candidate's maximum commute would need to reach these minutes.</summary>
    Commute,
    /// <summary>Available only after the start date.</summary>
    Availability,
}

/// <summary>A near miss and what would close it.</summary>
public sealed record Gap(GapKind Kind, string? SkillId = null, CefrLevel? SwedishLevel = null, string? LicenceClass = null, int? Minutes = null, DateOnly? AvailableFrom = null);
