using Marketplace.Matching.Commute;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Tests.Engine;

public class HardConstraintTests
{
    private static IReadOnlyList<HardConstraint> Failures(
        Marketplace.Matching.Documents.CandidateDocument c, Marketplace.Matching.Documents.PlacementDocument p, ICommuteTable? commute = null) =>
        new BruteForceScorer(TaxonomyData.Default).Explain(c, p, MatchWeights.Default, commute ?? FixedCommute.Minutes(15)).Failures;

    [Fact]
    public void Check_DefaultCandidate_PassesEverything() => Assert.Empty(Failures(A.Candidate(), A.Placement()));

    [Fact]
    public void Check_NotSearchable_Fails() =>
        Assert.Equal([HardConstraint.NotSearchable], Failures(A.Candidate() with { Searchable = false }, A.Placement()));

    [Fact]
    public void Check_NoConsent_Fails() =>
        Assert.Equal([HardConstraint.NotSearchable], Failures(A.Candidate() with { Consent = false }, A.Placement()));

    [Fact]
    public void Check_AvailableOnStartDate_Passes() =>
        Assert.Empty(Failures(A.Candidate() with { AvailableFrom = A.Start }, A.Placement()));

    [Fact]
    public void Check_AvailableDayAfterStart_Fails() =>
        Assert.Equal([HardConstraint.NotAvailable], Failures(A.Candidate() with { AvailableFrom = A.Start.AddDays(1) }, A.Placement()));

    [Fact]
    public void Check_CommuteExactlyAtLimit_Passes() =>
        Assert.Empty(Failures(A.Candidate() with { MaxCommuteMinutes = 45 }, A.Placement(), FixedCommute.Minutes(45)));

    [Fact]
    public void Check_CommuteOneMinuteOverLimit_Fails() =>
        Assert.Equal([HardConstraint.NotReachable], Failures(A.Candidate() with { MaxCommuteMinutes = 44 }, A.Placement(), FixedCommute.Minutes(45)));

    [Fact]
    public void Check_NoUsableMode_Fails() =>
        Assert.Equal([HardConstraint.NotReachable], Failures(A.Candidate() with { Modes = TransportModes.None }, A.Placement()));

    [Fact]
    public void Check_RealDistanceTooFarToWalk_Fails()
    {
        var far = A.Candidate() with { Home = new Marketplace.Matching.Geo.GeoPoint(57.8, 11.97), Modes = TransportModes.Walk };
        Assert.Equal([HardConstraint.NotReachable], Failures(far, A.Placement(), new DistanceCommuteProvider().ForWorkplace(A.Workplace, ArrivalWindow.DefaultFor(A.Start))));
    }

    [Fact]
    public void Check_HigherLicenceClass_SatisfiesB() =>
        Assert.Empty(Failures(A.Candidate() with { Licences = ["CE"] }, A.Placement() with { RequiredLicence = "B" }));

    [Fact]
    public void Check_LowerLicenceClass_FailsC() =>
        Assert.Equal([HardConstraint.MissingLicence], Failures(A.Candidate() with { Licences = ["C1"] }, A.Placement() with { RequiredLicence = "C" }));

    [Fact]
    public void Check_NoLicenceAndNoneRequired_Passes() =>
        Assert.Empty(Failures(A.Candidate() with { Licences = [] }, A.Placement() with { RequiredLicence = null }));

    [Fact]
    public void Check_SwedishOneBelowWithSupport_Passes() =>
        Assert.Empty(Failures(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2) },
            A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = true }));

    [Fact]
    public void Check_SwedishOneBelowWithoutSupport_Fails() =>
        Assert.Equal([HardConstraint.SwedishTooLow], Failures(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2, 99) },
            A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = false }));

    [Fact]
    public void Check_SwedishTwoBelowWithSupport_Fails() =>
        Assert.Equal([HardConstraint.SwedishTooLow], Failures(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A1) },
            A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = true }));

    [Fact]
    public void Check_NoSwedishAndNoRequirement_Passes() =>
        Assert.Empty(Failures(A.Candidate() with { Swedish = LanguageLevel.None }, A.Placement() with { MinSwedish = CefrLevel.None }));

    [Fact]
    public void Check_SeveralFailures_AllReportedInFixedOrder() =>
        Assert.Equal([HardConstraint.NotSearchable, HardConstraint.NotAvailable, HardConstraint.MissingLicence, HardConstraint.SwedishTooLow],
            Failures(A.Candidate() with { Searchable = false, AvailableFrom = A.Start.AddDays(5), Licences = [], Swedish = LanguageLevel.None },
                A.Placement() with { RequiredLicence = "B" }));
}
