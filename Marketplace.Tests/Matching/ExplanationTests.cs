using Marketplace.Matching.Commute;
using Marketplace.Matching.Explanations;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Tests.Matching;

public class ExplanationTests
{
    private static readonly TaxonomyData Taxonomy = TaxonomyData.Default;
    private static readonly ExplanationText Sv = new(Taxonomy, ExplanationLanguage.Swedish);
    private static readonly ExplanationText En = new(Taxonomy, ExplanationLanguage.English);

    private static MatchExplanation Explain(Marketplace.Matching.Documents.CandidateDocument c, Marketplace.Matching.Documents.PlacementDocument p, ICommuteTable? t = null) =>
        new BruteForceScorer(Taxonomy).Explain(c, p, MatchWeights.Default, t ?? FixedCommute.Minutes(15));

    [Fact]
    public void Skills_OneRequiredMissing_NamesTheGap()
    {
        var p = A.Placement() with { RequiredSkills = [Ids.Forklift, Ids.TruckB, Ids.TruckD, Ids.Tlp10, Ids.Adr] };
        var c = A.Candidate() with { Skills = [Ids.Forklift, Ids.TruckB, Ids.TruckD, Ids.Tlp10] };
        var e = Explain(c, p);
        var skills = Assert.IsType<SkillsDetail>(e.Factors[0].Detail);
        Assert.Equal([Ids.Adr], skills.MissingRequired);
        Assert.Equal("4 av 5 efterfrågade kompetenser; saknas: ADR-intyg", Sv.Factors(e)[0]);
        Assert.Equal("4 of 5 requested skills; missing: ADR-intyg", En.Factors(e)[0]);
        Assert.Contains(e.Gaps, g => g.Kind == GapKind.Skill && g.SkillId == Ids.Adr);
        Assert.Equal("Kurs eller intyg: ADR-intyg", Sv.Gaps(e)[0]);
    }

    [Fact]
    public void Language_AboveRequirement_SaysBoth()
    {
        var e = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.B1) }, A.Placement() with { MinSwedish = CefrLevel.A2 });
        Assert.Equal("Svenska B1 (krav A2)", Sv.Factors(e)[1]);
        Assert.Equal("Swedish B1 (required A2)", En.Factors(e)[1]);
    }

    [Fact]
    public void Language_OneBelowWithSupport_SaysSupportOffered()
    {
        var e = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2) }, A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = true });
        Assert.Equal("Swedish A2, required B1 — one level below, language support offered", En.Factors(e)[1]);
        Assert.Equal("Svenska A2, krav B1 — en nivå under, språkstöd finns", Sv.Factors(e)[1]);
        Assert.Equal("Svenskstudier till nivå B1", Sv.Gaps(e).Single());
    }

    [Fact]
    public void Commute_PublicTransportWithChange_SaysMinutesAndChanges()
    {
        var e = Explain(A.Candidate(), A.Placement(), FixedCommute.Minutes(32, CommuteMode.PublicTransport, 1));
        Assert.Equal("32 min med kollektivtrafik, 1 byte", Sv.Factors(e)[2]);
        Assert.Equal("32 min by public transport, 1 change", En.Factors(e)[2]);
        var detail = Assert.IsType<CommuteDetail>(e.Factors[2].Detail);
        Assert.Equal(1, detail.Estimate!.Transfers);
    }

    [Fact]
    public void Failures_MissingLicence_ExplainedWithClassAndGap()
    {
        var e = Explain(A.Candidate() with { Licences = ["B"] }, A.Placement() with { RequiredLicence = "C" });
        Assert.False(e.Eligible);
        Assert.Equal(0.0, e.Score);
        Assert.Equal("Saknar körkort C (krav)", Sv.Failures(e).Single());
        Assert.Equal("Driving licence C", En.Gaps(e).Single());
    }

    [Fact]
    public void Failures_TooFar_ExplainedWithMinutesAndMax()
    {
        var e = Explain(A.Candidate() with { MaxCommuteMinutes = 30 }, A.Placement(), FixedCommute.Minutes(45, CommuteMode.Car));
        Assert.Equal("45 min by car; maximum 30 min", En.Failures(e).Single());
        Assert.Equal(45, e.Gaps.Single(g => g.Kind == GapKind.Commute).Minutes);
    }

    [Fact]
    public void Contributions_SumToScore()
    {
        var e = Explain(A.Candidate() with { Interests = [Ids.ForkliftGroup] }, A.Placement(), FixedCommute.Minutes(40));
        Assert.Equal(e.Score, e.Factors.Sum(f => f.Contribution), 12);
        Assert.All(e.Factors, f => Assert.InRange(f.Value, 0.0, 1.0));
    }

    [Fact]
    public void Failures_LateAndTooLittleSwedish_ExplainedWithDatesAndLevels()
    {
        var e = Explain(A.Candidate() with { AvailableFrom = new DateOnly(2026, 4, 1), Swedish = LanguageLevel.Create(CefrLevel.A1) },
            A.Placement() with { MinSwedish = CefrLevel.B1 });
        Assert.Equal(["Tillgänglig från 2026-04-01, start 2026-03-02", "Svenska A1, krav B1"], Sv.Failures(e));
        Assert.Equal(["Available from 2026-04-01, start 2026-03-02", "Swedish A1, required B1"], En.Failures(e));
    }

    [Fact]
    public void Language_MidCourse_ShowsProgress() =>
        Assert.Equal("Swedish A2 (progressing toward B1, 40%) (required A2)",
            En.Factors(Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2, 40) }, A.Placement()))[1]);
}
