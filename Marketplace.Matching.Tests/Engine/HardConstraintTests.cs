using FsCheck.Xunit;
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

    // HardConstraints.Pass is the fast path the index and the brute-force scorer rank with; the
    // explanation's Failures above is a second implementation of the same rule. Both are pinned.

    private static bool Pass(Marketplace.Matching.Documents.CandidateDocument c, Marketplace.Matching.Documents.PlacementDocument p, int? minutes = 15) =>
        HardConstraints.Pass(CandidateFacts.Constraints(c), new PlacementQuery(p, TaxonomyData.Default), minutes);

    [Fact]
    public void Pass_AvailableExactlyOnStartDate_Eligible()
    {
        Assert.True(Pass(A.Candidate() with { AvailableFrom = A.Start }, A.Placement()));
        Assert.False(Pass(A.Candidate() with { AvailableFrom = A.Start.AddDays(1) }, A.Placement()));
    }

    [Fact]
    public void Pass_SwedishExactlyAtRequiredLevel_Eligible()
    {
        var p = A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = false };
        Assert.True(Pass(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.B1) }, p));
        Assert.False(Pass(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2, 99) }, p));
    }

    [Fact]
    public void Pass_SwedishOneBelowWithSupport_Eligible() =>
        Assert.True(Pass(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2) }, A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = true }));

    [Fact]
    public void Pass_CommuteExactlyAtCandidatesMaximum_Eligible()
    {
        Assert.True(Pass(A.Candidate() with { MaxCommuteMinutes = 45 }, A.Placement(), 45));
        Assert.False(Pass(A.Candidate() with { MaxCommuteMinutes = 45 }, A.Placement(), 46));
        Assert.False(Pass(A.Candidate(), A.Placement(), null));
    }

    /// <summary>Every constraint's boundary, at random: the fast path passes exactly when the
    /// explanation finds no failure.</summary>
    [Property(MaxTest = 300)]
    public void Pass_AgreesWithFailures_AtEveryBoundary(int seed)
    {
        var rng = new Random(seed);
        string[] licences = ["B", "C1", "C", "CE", "A", "AM"];
        var c = A.Candidate() with
        {
            Searchable = rng.NextDouble() < 0.9,
            AvailableFrom = A.Start.AddDays(rng.Next(-1, 2)),
            Licences = rng.NextDouble() < 0.2 ? [] : [licences[rng.Next(licences.Length)]],
            MaxCommuteMinutes = rng.Next(14, 17),
            Swedish = LanguageLevel.Create((CefrLevel)rng.Next(0, 6), rng.NextDouble() < 0.5 ? 99 : 0),
        };
        var p = A.Placement() with
        {
            MinSwedish = (CefrLevel)rng.Next(0, 6),
            LanguageSupport = rng.NextDouble() < 0.5,
            RequiredLicence = rng.NextDouble() < 0.5 ? null : licences[rng.Next(licences.Length)],
        };
        var minutes = rng.NextDouble() < 0.1 ? (int?)null : 15;
        var commute = new FixedCommute(minutes is { } m ? new CommuteEstimate(m, CommuteMode.Bike) : null);
        Assert.Equal(Failures(c, p, commute).Count == 0, Pass(c, p, minutes));
    }
}
