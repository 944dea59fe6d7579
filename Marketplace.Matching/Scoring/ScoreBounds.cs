namespace Marketplace.Matching.Scoring;

/// <summary>Upper bounds on the score of whole groups of candidates, so the index can skip a group
/// that cannot reach the current k-th score. Every factor of <see cref="ScoringFunction"/> is
/// non-decreasing in what is good for the candidate, so evaluating it at the group's best case
/// bounds every member; <see cref="Slack"/> covers the last-ulp rounding of a different but
/// equal-valued combination, which keeps the bound true without reasoning about IEEE details.</summary>
public static class ScoreBounds
{
    /// <summary>Far above any rounding error of a four-term sum, far below any score difference that matters.</summary>
    public const double Slack = 1e-9;

    /// <summary>Best skills factor for a candidate with no required skill, no experience in the group
    /// and no interest in it: every nice-to-have skill (when <paramref name="withNiceToHave"/>) and
    /// enough related skills for full related credit.</summary>
    public static double SkillsWithoutRequired(PlacementQuery q, bool withNiceToHave) => ScoringFunction.Skills(new ScoreInputs(
        q.Required.Length, 0, q.NiceToHave.Length, withNiceToHave ? q.NiceToHave.Length : 0,
        ScoringFunction.RelatedSkillsForFullCredit, 0,
        0, 0, 0, 0, 0, 0, false));

    /// <summary>Best language factor for a candidate with this Swedish level: as if they spoke a
    /// useful language whenever the placement lists one (the factor rises with that).</summary>
    public static double LanguageFor(PlacementQuery q, int swedishEncoded) => ScoringFunction.Language(new ScoreInputs(
        0, 0, 0, 0, 0, 0,
        swedishEncoded, (int)q.Placement.MinSwedish, q.Useful.Length, q.Useful.Length,
        0, 0, false));

    /// <summary>Bound for a candidate whose factors are at most the given values (each factor's
    /// weight is non-negative, so the weighted sum rises with every factor).</summary>
    public static double Of(MatchWeights w, double skillsMax, double languageMax, double commuteMax, double interestMax) =>
        ScoringFunction.Total(new FactorValues(skillsMax, languageMax, commuteMax, interestMax), w) + Slack;
}
