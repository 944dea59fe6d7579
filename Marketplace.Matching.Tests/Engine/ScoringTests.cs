using FsCheck.Xunit;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Tests.Engine;

public class ScoringTests
{
    private static readonly TaxonomyData Taxonomy = TaxonomyData.Default;

    private static ScoreInputs Inputs(Marketplace.Matching.Documents.CandidateDocument c, Marketplace.Matching.Documents.PlacementDocument p, int minutes = 15) =>
        CandidateFacts.Inputs(c, new PlacementQuery(p, Taxonomy), new Marketplace.Matching.Commute.CommuteEstimate(minutes, Marketplace.Matching.Commute.CommuteMode.Bike));

    private static double SkillsOf(Marketplace.Matching.Documents.CandidateDocument c, Marketplace.Matching.Documents.PlacementDocument p) =>
        ScoringFunction.Skills(Inputs(c, p));

    [Fact]
    public void Skills_AllRequiredHeld_Full() => Assert.Equal(1.0, SkillsOf(A.Candidate(), A.Placement()));

    [Fact]
    public void Skills_NoSkillsAtAll_Zero() => Assert.Equal(0.0, SkillsOf(A.Candidate() with { Skills = [] }, A.Placement()));

    [Fact]
    public void Skills_RequiredCountsMoreThanNiceToHave()
    {
        var p = A.Placement() with { RequiredSkills = [Ids.Forklift], NiceToHaveSkills = [Ids.Adr] };
        var hasRequired = SkillsOf(A.Candidate() with { Skills = [Ids.Forklift] }, p);
        var hasNice = SkillsOf(A.Candidate() with { Skills = [Ids.Adr] }, p);
        Assert.Equal(2.0 / 3.0, hasRequired, 12);
        Assert.Equal(1.0 / 3.0, hasNice, 12);
    }

    [Fact]
    public void Skills_ExperienceInGroup_GivesPartialCredit()
    {
        var none = SkillsOf(A.Candidate() with { Skills = [] }, A.Placement());
        var experienced = SkillsOf(A.Candidate() with { Skills = [], Experience = [new(Ids.ForkliftGroup, 5)] }, A.Placement());
        var otherGroup = SkillsOf(A.Candidate() with { Skills = [], Experience = [new(Ids.CareGroup, 5)] }, A.Placement());
        Assert.Equal(0.0, none);
        Assert.Equal(0.5 * 0.6, experienced, 12);
        Assert.Equal(0.0, otherGroup);
    }

    [Fact]
    public void Skills_RelatedSkillNotRequested_GivesPartialCredit()
    {
        var related = SkillsOf(A.Candidate() with { Skills = [Ids.TruckD] }, A.Placement());
        var unrelated = SkillsOf(A.Candidate() with { Skills = [Ids.Unrelated] }, A.Placement());
        Assert.True(related > 0);
        Assert.Equal(0.0, unrelated);
    }

    [Fact]
    public void Skills_PlacementRequiringNothing_UsesExperienceOnly()
    {
        var p = A.Placement() with { RequiredSkills = [], NiceToHaveSkills = [] };
        Assert.Equal(0.6, SkillsOf(A.Candidate() with { Skills = [], Experience = [new(Ids.ForkliftGroup, 9)] }, p), 12);
        Assert.Equal(0.0, SkillsOf(A.Candidate() with { Skills = [] }, p));
    }

    [Fact]
    public void Language_AtRequirement_Full() =>
        Assert.Equal(1.0, ScoringFunction.Language(Inputs(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2) }, A.Placement())));

    [Fact]
    public void Language_OneBelowWithProgress_PartialGrowingWithProgress()
    {
        var p = A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = true };
        var start = ScoringFunction.Language(Inputs(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2) }, p));
        var progressed = ScoringFunction.Language(Inputs(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2, 80) }, p));
        Assert.Equal(0.5, start);
        Assert.Equal(0.7, progressed, 12);
    }

    [Fact]
    public void Language_UsefulOtherLanguage_AddsCredit()
    {
        var p = A.Placement() with { UsefulLanguages = [Ids.Arabic] };
        Assert.Equal(1.0, ScoringFunction.Language(Inputs(A.Candidate() with { OtherLanguages = [Ids.Arabic] }, p)));
        Assert.Equal(0.8, ScoringFunction.Language(Inputs(A.Candidate() with { OtherLanguages = [Ids.English] }, p)), 12);
    }

    [Theory]
    [InlineData(0, 60, 1.0)]
    [InlineData(20, 60, 1.0)]
    [InlineData(40, 60, 0.5)]
    [InlineData(60, 60, 0.0)]
    [InlineData(15, 15, 1.0)]
    [InlineData(20, 20, 1.0)]
    [InlineData(21, 21, 0.0)]
    public void Commute_Minutes_DecaysLinearlyToZeroAtMax(int minutes, int max, double expected) =>
        Assert.Equal(expected, ScoringFunction.Commute(minutes, max), 12);

    [Fact]
    public void Interest_GroupOrField_Counts()
    {
        var p = A.Placement() with { OccupationFieldId = Ids.Field };
        Assert.True(Inputs(A.Candidate() with { Interests = [Ids.ForkliftGroup] }, p).Interested);
        Assert.True(Inputs(A.Candidate() with { Interests = [Ids.Field] }, p).Interested);
        Assert.False(Inputs(A.Candidate() with { Interests = [Ids.CareGroup] }, p).Interested);
    }

    [Fact]
    public void Score_PerfectCandidate_IsOne()
    {
        var c = A.Candidate() with { Interests = [Ids.ForkliftGroup] };
        Assert.Equal(1.0, ScoringFunction.Score(Inputs(c, A.Placement()), MatchWeights.Default), 12);
    }

    [Fact]
    public void Weights_Default_SumToOne() =>
        Assert.Equal(1.0, MatchWeights.Default.Skills + MatchWeights.Default.Language + MatchWeights.Default.Commute + MatchWeights.Default.Interest, 12);

    [Fact]
    public void Create_Weights_AreNormalised()
    {
        var w = MatchWeights.Create(1, 1, 0, 0);
        Assert.Equal(0.5, w.Skills);
        Assert.Equal(0.0, w.Commute);
    }

    [Theory]
    [InlineData(-0.1, 0.2, 0.2, 0.2)]
    [InlineData(1.1, 0.2, 0.2, 0.2)]
    [InlineData(double.NaN, 0.2, 0.2, 0.2)]
    [InlineData(0, 0, 0, 0)]
    public void Create_InvalidWeights_Throws(double s, double l, double c, double i) =>
        Assert.Throws<ArgumentException>(() => MatchWeights.Create(s, l, c, i));

    [Fact]
    public void Score_OnlyCommuteWeighted_RanksByCommute()
    {
        var w = MatchWeights.Create(0, 0, 1, 0);
        Assert.Equal(0.5, ScoringFunction.Score(Inputs(A.Candidate(), A.Placement(), minutes: 40), w), 12);
    }

    /// <summary>A nice-to-have skill only ever adds: one more matched raises the skills factor,
    /// whatever else the candidate has.</summary>
    [Property(MaxTest = 300)]
    public void Skills_OneMoreNiceToHaveSkill_RaisesTheFactor(int seed)
    {
        var rng = new Random(seed);
        var requiredTotal = rng.Next(0, 4);
        var niceTotal = rng.Next(1, 4);
        var x = new ScoreInputs(requiredTotal, rng.Next(0, requiredTotal + 1), niceTotal, rng.Next(0, niceTotal), rng.Next(0, 7), rng.Next(0, 8),
            300, 3, 0, 0, 15, 60, false);
        Assert.True(ScoringFunction.Skills(x with { NiceMatched = x.NiceMatched + 1 }) > ScoringFunction.Skills(x));
    }

    [Fact]
    public void Create_Weights_DividedByTheirSum()
    {
        var w = MatchWeights.Create(0.2, 0.4, 0.6, 0.8);
        Assert.Equal(0.1, w.Skills, 12);
        Assert.Equal(0.2, w.Language, 12);
        Assert.Equal(0.3, w.Commute, 12);
        Assert.Equal(0.4, w.Interest, 12);
    }

    /// <summary>Normalising keeps the coach's proportions and makes the weights sum to 1.</summary>
    [Property(MaxTest = 200)]
    public void Create_AnyValidWeights_KeepProportionsAndSumToOne(int seed)
    {
        var rng = new Random(seed);
        double[] given = [rng.Next(0, 11) / 10.0, rng.Next(0, 11) / 10.0, rng.Next(0, 11) / 10.0, rng.Next(1, 11) / 10.0];
        var w = MatchWeights.Create(given[0], given[1], given[2], given[3]);
        double[] normalised = [w.Skills, w.Language, w.Commute, w.Interest];
        Assert.Equal(1.0, normalised.Sum(), 12);
        var sum = given.Sum();
        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(given[i] / sum, normalised[i], 12));
        Assert.All(Enum.GetValues<Factor>(), f => Assert.Equal(normalised[(int)f], w.Of(f)));
    }

    [Fact]
    public void Create_InvalidWeights_MessageSaysWhichRule()
    {
        Assert.Contains("between 0 and 1", Assert.Throws<ArgumentException>(() => MatchWeights.Create(2, 0, 0, 0)).Message, StringComparison.Ordinal);
        Assert.Contains("above zero", Assert.Throws<ArgumentException>(() => MatchWeights.Create(0, 0, 0, 0)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlacementQuery_SkillAndLanguageLists_DistinctInOrdinalOrder()
    {
        var p = A.Placement() with
        {
            RequiredSkills = [Ids.TruckD, Ids.Forklift, Ids.TruckD],
            NiceToHaveSkills = [Ids.Adr, Ids.Tlp10, Ids.Forklift, Ids.Adr],
            UsefulLanguages = [Ids.English, Ids.Arabic, Ids.English],
        };
        var q = new PlacementQuery(p, Taxonomy);
        Assert.Equal([Ids.Forklift, Ids.TruckD], q.Required);
        Assert.Equal([Ids.Tlp10, Ids.Adr], q.NiceToHave);
        Assert.Equal([Ids.Arabic, Ids.English], q.Useful);
        Assert.True(q.Related.Length > 1);
        Assert.Equal(q.Related.Order(StringComparer.Ordinal), q.Related);
        Assert.DoesNotContain(q.Related, s => q.RequiredSet.Contains(s) || q.NiceSet.Contains(s));
    }

    /// <summary>The index skips a tier of candidates by <see cref="ScoreBounds.SkillsWithoutRequired"/>;
    /// the bound must be true (never below a member) and tight (the best member reaches it), with and
    /// without the nice-to-have skills.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SkillsWithoutRequired_ReachedByTheBestCandidateOfTheTier(bool withNiceToHave)
    {
        var p = A.Placement() with { RequiredSkills = [Ids.Forklift], NiceToHaveSkills = [Ids.Adr] };
        var q = new PlacementQuery(p, Taxonomy);
        Assert.True(q.Related.Length >= ScoringFunction.RelatedSkillsForFullCredit);
        string[] related = q.Related.Take(ScoringFunction.RelatedSkillsForFullCredit).ToArray();
        var best = A.Candidate() with { Skills = withNiceToHave ? [Ids.Adr, .. related] : related };
        var bound = ScoreBounds.SkillsWithoutRequired(q, withNiceToHave);
        Assert.Equal(ScoringFunction.Skills(Inputs(best, p)), bound);
        Assert.Equal(withNiceToHave ? 1.0 / 3.0 + 2.0 / 3.0 * 0.5 * 0.4 : 0.5 * 0.4, bound, 12);
    }
}
