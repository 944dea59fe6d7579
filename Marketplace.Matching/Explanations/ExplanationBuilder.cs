using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Scoring;

namespace Marketplace.Matching.Explanations;

/// <summary>Builds the structured explanation of one candidate against one placement, scoring through
/// <see cref="ScoringFunction"/> like every other path.</summary>
public static class ExplanationBuilder
{
    public static MatchExplanation Build(CandidateDocument c, PlacementQuery q, CommuteEstimate? estimate, MatchWeights w)
    {
        var facts = CandidateFacts.Constraints(c);
        var failures = HardConstraints.Failures(facts, q, estimate);
        // An unreachable candidate is explained with zero commute credit; the failure says why.
        var inputs = CandidateFacts.Inputs(c, q, estimate ?? new CommuteEstimate(int.MaxValue, CommuteMode.Walk));
        var f = ScoringFunction.Factors(inputs);
        var eligible = failures.Count == 0;
        var score = eligible ? ScoringFunction.Total(f, w) : 0.0;

        var skills = c.Skills.ToHashSet(StringComparer.Ordinal);
        string[] Have(string[] ids) => ids.Where(skills.Contains).ToArray();
        string[] Lack(string[] ids) => ids.Where(s => !skills.Contains(s)).ToArray();
        var details = new FactorDetail[]
        {
            new SkillsDetail(Have(q.Required), Lack(q.Required), Have(q.NiceToHave), Lack(q.NiceToHave), Have(q.Related), inputs.ExperienceYears),
            new LanguageDetail(c.Swedish, q.Placement.MinSwedish, q.Placement.LanguageSupport,
                q.Useful.Where(l => c.OtherLanguages.Contains(l, StringComparer.Ordinal)).ToArray()),
            new CommuteDetail(estimate, c.MaxCommuteMinutes, ScoringFunction.ComfortableCommuteMinutes),
            new InterestDetail(inputs.Interested),
        };
        double[] values = [f.Skills, f.Language, f.Commute, f.Interest];
        var factors = Enum.GetValues<Factor>()
            .Select((factor, i) => new FactorExplanation(factor, w.Of(factor), values[i], w.Of(factor) * values[i], details[i]))
            .ToArray();

        return new MatchExplanation(c.Id, q.Placement.Id, eligible, score, factors, failures,
            new ConstraintDetail(c.AvailableFrom, q.Placement.StartDate, q.Placement.RequiredLicence, c.Licences),
            Gaps(c, q, estimate, (SkillsDetail)details[0]));
    }

    private static List<Gap> Gaps(CandidateDocument c, PlacementQuery q, CommuteEstimate? estimate, SkillsDetail skills)
    {
        var gaps = skills.MissingRequired.Select(s => new Gap(GapKind.Skill, SkillId: s)).ToList();
        if (c.Swedish.Level < q.Placement.MinSwedish)
        {
            gaps.Add(new Gap(GapKind.Swedish, SwedishLevel: q.Placement.MinSwedish));
        }
        if (q.Placement.RequiredLicence is { } licence && q.LicenceMask != 0
            && (Taxonomy.DrivingLicences.Mask(c.Licences) & q.LicenceMask) == 0)
        {
            gaps.Add(new Gap(GapKind.Licence, LicenceClass: licence));
        }
        if (estimate is not null && estimate.Minutes > c.MaxCommuteMinutes)
        {
            gaps.Add(new Gap(GapKind.Commute, Minutes: estimate.Minutes));
        }
        if (c.AvailableFrom > q.Placement.StartDate)
        {
            gaps.Add(new Gap(GapKind.Availability, AvailableFrom: c.AvailableFrom));
        }
        return gaps;
    }

    /// <summary>Convenience for one pair: prepares the query and the commute.</summary>
    public static MatchExplanation Build(CandidateDocument c, PlacementQuery q, ICommuteTable commute, MatchWeights w) =>
        Build(c, q, commute.Best(c.Home, c.Modes), w);
}
