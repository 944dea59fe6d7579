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

    /// <summary>Bound for a candidate whose skills factor is at most <paramref name="skillsMax"/>, with no
    /// interest, living where the fastest commute by any mode is <paramref name="fastestMinutes"/>
    /// and whose maximum commute is at most <paramref name="largestMax"/> (the commute factor falls
    /// with minutes and rises with the maximum).</summary>
    public static double WithoutInterest(MatchWeights w, double skillsMax, int fastestMinutes, int largestMax) =>
        ScoringFunction.Total(new FactorValues(skillsMax, 1.0, ScoringFunction.Commute(fastestMinutes, largestMax), 0.0), w) + Slack;
}
