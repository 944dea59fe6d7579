namespace Marketplace.Matching.Scoring;

/// <summary>Everything the score depends on, as integers. The index reads them from doc values and
/// the brute-force scorer from documents; both then call <see cref="ScoringFunction"/>, so equal
/// inputs give bit-identical doubles (same operations in the same order).</summary>
public readonly record struct ScoreInputs(
    int RequiredTotal,
    int RequiredMatched,
    int NiceTotal,
    int NiceMatched,
    int RelatedMatched,
    int ExperienceYears,
    int SwedishEncoded,
    int MinSwedish,
    int UsefulTotal,
    int UsefulMatched,
    int CommuteMinutes,
    int MaxCommuteMinutes,
    bool Interested);

public readonly record struct FactorValues(double Skills, double Language, double Commute, double Interest);

/// <summary>The one definition of the score (PRODUCT.md, Matching). Every factor is in [0, 1] and
/// non-decreasing in what is good for the candidate, and the total is a fixed-order weighted sum;
/// IEEE rounding is monotone, so an upper bound computed through the same function is a true
/// bound (docs/decisions/0003-matching-index-exactness.md).</summary>
public static class ScoringFunction
{
    /// <summary>Full commute credit up to this many minutes, then linear decay to zero at the candidate's maximum.</summary>
    public const int ComfortableCommuteMinutes = 20;
    /// <summary>Required skills count twice as much as nice-to-have ones.</summary>
    public const double RequiredSkillWeight = 2.0;
    /// <summary>Experience credit saturates at this many years in the placement's group.</summary>
    public const int ExperienceYearsForFullCredit = 5;
    /// <summary>Related-skill credit saturates at this many skills the taxonomy relates to the group.</summary>
    public const int RelatedSkillsForFullCredit = 5;
    /// <summary>Share of the gap left by requested skills that experience and related skills can fill.</summary>
    public const double PartialCreditShare = 0.5;
    /// <summary>Swedish one level below the requirement (with language support): base credit plus progress.</summary>
    public const double OneLevelBelowBase = 0.5;
    public const double OneLevelBelowProgressShare = 0.25;
    /// <summary>Share of the language factor given by a useful other language, when the workplace lists any.</summary>
    public const double UsefulLanguageShare = 0.2;

    public static FactorValues Factors(in ScoreInputs x) =>
        new(Skills(x), Language(x), Commute(x.CommuteMinutes, x.MaxCommuteMinutes), x.Interested ? 1.0 : 0.0);

    public static double Score(in ScoreInputs x, MatchWeights w) => Total(Factors(x), w);

    public static double Total(FactorValues f, MatchWeights w)
    {
        // Fixed order; Min guards the last ulp when normalised weights sum to 1 + ε.
        var total = w.Skills * f.Skills + w.Language * f.Language + w.Commute * f.Commute + w.Interest * f.Interest;
        return Math.Min(1.0, total);
    }

    public static double Skills(in ScoreInputs x)
    {
        var experience = Math.Min(x.ExperienceYears, ExperienceYearsForFullCredit) / (double)ExperienceYearsForFullCredit;
        var related = Math.Min(x.RelatedMatched, RelatedSkillsForFullCredit) / (double)RelatedSkillsForFullCredit;
        var partial = 0.6 * experience + 0.4 * related;
        var requestedWeight = RequiredSkillWeight * x.RequiredTotal + x.NiceTotal;
        if (requestedWeight == 0)
        {
            // Nothing requested: experience and related skills are all there is to go on.
            return partial;
        }
        var coverage = (RequiredSkillWeight * x.RequiredMatched + x.NiceMatched) / requestedWeight;
        return coverage + (1.0 - coverage) * PartialCreditShare * partial;
    }

    public static double Language(in ScoreInputs x)
    {
        var level = x.SwedishEncoded / 100;
        double swedish;
        if (level >= x.MinSwedish)
        {
            swedish = 1.0;
        }
        else if (level == x.MinSwedish - 1)
        {
            swedish = OneLevelBelowBase + OneLevelBelowProgressShare * (x.SwedishEncoded % 100 / 100.0);
        }
        else
        {
            // Only reachable when the hard constraint was not applied (an explanation of a failure).
            swedish = 0.0;
        }
        if (x.UsefulTotal == 0)
        {
            return swedish;
        }
        var useful = x.UsefulMatched > 0 ? 1.0 : 0.0;
        return (1.0 - UsefulLanguageShare) * swedish + UsefulLanguageShare * useful;
    }

    public static double Commute(int minutes, int maxMinutes)
    {
        if (minutes <= ComfortableCommuteMinutes) return 1.0;
        if (minutes >= maxMinutes) return 0.0;
        return (maxMinutes - minutes) / (double)(maxMinutes - ComfortableCommuteMinutes);
    }
}
