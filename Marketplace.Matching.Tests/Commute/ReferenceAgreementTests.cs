using Marketplace.Matching.Commute.Generation;
using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;

namespace Marketplace.Matching.Tests.Commute;

public class ReferenceAgreementTests
{
    private static readonly Lazy<Timetable> SmallRegion = new(() =>
    {
        var feed = RegionalNetworkGenerator.Generate(new RegionalNetworkOptions
        {
            Seed = 3,
            StopCount = 300,
            Towns = 5,
            RadiusKm = 15,
            RouteCount = 25,
            MaxStopsPerRoute = 15,
            TripsPerDirection = 30,
        });
        // Some stops of some trips are pickup-only or drop-off-only, as on real regional lines.
        var rng = new Random(11);
        for (var t = 0; t < feed.Trips.Count; t += 3)
        {
            var restrictions = feed.Trips[t].Stops
                .Select(_ => rng.Next(6) switch { 0 => StopRestriction.NoPickup, 1 => StopRestriction.NoDropOff, _ => StopRestriction.None })
                .ToArray();
            feed.Trips[t] = feed.Trips[t] with { Restrictions = restrictions };
        }
        return TimetableBuilder.Build(feed);
    });

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_RandomTargetsAndDeadlineOnGeneratedRegion_EqualsExhaustiveReference(int seed) =>
        AssertAgrees(SmallRegion.Value, seed, new DateOnly(2026, 3, 4));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Run_RandomTargetsAndDeadlineOnCarta_EqualsExhaustiveReference(int seed) =>
        AssertAgrees(TestFeeds.Carta, seed, new DateOnly(2014, 9, 3 + (seed % 5)));

    private static void AssertAgrees(Timetable tt, int seed, DateOnly day)
    {
        var rng = new Random(seed);
        var options = TransitOptions.Default with { MaxJourneySeconds = 2 * 3600 };
        // Targets among served stops: a stop no trip calls at would make an empty, untelling case.
        var served = tt.Connections.Select(c => c.ToStop).Distinct().Order().ToArray();
        var targets = Enumerable.Range(0, rng.Next(1, 4))
            .Select(_ => new TargetStop(served[rng.Next(served.Length)], rng.Next(0, 900)))
            .DistinctBy(t => t.Stop)
            .ToArray();
        var deadline = rng.Next(6 * 3600, 25 * 3600);

        var fast = ReverseConnectionScan.Run(tt, targets, day, deadline, options);
        var reference = ReferenceSearch.LatestDepartures(tt, targets, day, deadline, options);

        Assert.True(fast.LatestDeparture.Count(d => d != ReverseSearchResult.Unreachable) > targets.Length,
            "the case should reach more than its targets, or it tests nothing");
        Assert.Equal(reference, fast.LatestDeparture);
    }
}
