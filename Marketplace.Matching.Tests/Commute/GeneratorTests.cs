using Marketplace.Matching.Commute.Generation;
using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;

namespace Marketplace.Matching.Tests.Commute;

public class GeneratorTests
{
    private static readonly RegionalNetworkOptions Small = new() { StopCount = 400, RouteCount = 30, TripsPerDirection = 10 };

    [Fact]
    public void Generate_SameSeed_SameNetwork()
    {
        var a = RegionalNetworkGenerator.Generate(Small);
        var b = RegionalNetworkGenerator.Generate(Small);

        Assert.Equal(a.Stops, b.Stops);
        Assert.Equal(a.Trips.Select(t => (t.Id, string.Join(',', t.Stops), string.Join(',', t.Departures))),
            b.Trips.Select(t => (t.Id, string.Join(',', t.Stops), string.Join(',', t.Departures))));
    }

    [Fact]
    public void Generate_OtherSeed_OtherNetwork()
    {
        var a = RegionalNetworkGenerator.Generate(Small);
        var b = RegionalNetworkGenerator.Generate(Small with { Seed = Small.Seed + 1 });

        Assert.NotEqual(a.Stops.Select(s => s.Lat), b.Stops.Select(s => s.Lat));
    }

    [Fact]
    public void Generate_AllTripsFlaggedAndPrefixed_RoutesHaveTheRequestedCount()
    {
        var tt = TimetableBuilder.Build(RegionalNetworkGenerator.Generate(Small));

        Assert.Equal(30, tt.RouteIds.Length);
        Assert.Equal(30 * 2 * 10, tt.TripCount);
        Assert.All(tt.TripGenerated, Assert.True);
        Assert.All(tt.TripIds, id => Assert.StartsWith(RegionalNetworkGenerator.IdPrefix, id, StringComparison.Ordinal));
    }

    [Fact]
    public void AddTo_Kalmar_KeepsRealTripsAndFlagsOnlyTheNewOnes()
    {
        var feed = GtfsReader.Read(TestFeeds.PathOf("kalmar-gtfs.zip"));

        var added = SyntheticTrips.AddTo(feed, new SyntheticTripOptions { RouteCount = 10, TripsPerDirection = 5 });
        var tt = TimetableBuilder.Build(feed);

        Assert.Equal(10 * 2 * 5, added);
        Assert.Equal(added, tt.GeneratedTripCount);
        Assert.Equal(2 + added, tt.TripCount);
        Assert.Equal(9375, tt.StopCount);
        for (var t = 0; t < tt.TripCount; t++)
        {
            Assert.Equal(tt.TripIds[t].StartsWith(SyntheticTrips.IdPrefix, StringComparison.Ordinal), tt.TripGenerated[t]);
        }
        Assert.False(tt.TripGenerated[Array.IndexOf(tt.TripIds, "88100000084251292")]);
        Assert.Equal(added, tt.GeneratedTripIds().Count());
        Assert.DoesNotContain("88100000084251292", tt.GeneratedTripIds());
        Assert.Equal(new DateOnly(2019, 5, 17), tt.ServiceStart);
    }
}
