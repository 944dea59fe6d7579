using Marketplace.Matching.Commute;
using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;
using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Tests.Commute;

public class TransitCommuteProviderTests
{
    // Minimal feed: weekday trip T1 A 07:40 → B → C 08:00; stops 1.1 km apart along a meridian.
    private static readonly GeoPoint StopA = new(56.600, 16.300);
    private static readonly GeoPoint StopC = new(56.620, 16.300);
    private static readonly ArrivalWindow MondayMorning = new(new DateOnly(2026, 1, 5), new TimeOnly(7, 0), new TimeOnly(8, 30));

    private static Timetable Minimal() => GtfsImporter.Import(TestFeeds.Zip(TestFeeds.Minimal())).Timetable;

    [Fact]
    public void Best_HomeAtUpstreamStop_RideFromTheShortestDeadlineInTheWindow()
    {
        var table = new TransitCommuteProvider(Minimal()).ForWorkplace(StopC, MondayMorning);

        var best = table.Best(StopA, TransportModes.PublicTransport | TransportModes.Walk);

        Assert.Equal(new CommuteEstimate(20, CommuteMode.PublicTransport, 0), best);
    }

    [Fact]
    public void Best_HomeHalfAKilometreFromStop_AddsTheAccessWalk()
    {
        var home = new GeoPoint(56.600, 16.3082); // ≈ 0.5 km east of A
        var walk = TransitOptions.WalkSeconds(home.DistanceKm(StopA) * 1000);
        var table = new TransitCommuteProvider(Minimal()).ForWorkplace(StopC, MondayMorning);

        var best = table.Best(home, TransportModes.PublicTransport);

        Assert.Equal((int)Math.Ceiling(((20 * 60) + walk) / 60.0), best!.Minutes);
        Assert.True(best.Minutes > 20);
    }

    [Fact]
    public void Best_BikeFasterThanTheBus_ReturnsBike()
    {
        var table = new TransitCommuteProvider(Minimal()).ForWorkplace(StopC, MondayMorning);

        var best = table.Best(StopA, TransportModes.PublicTransport | TransportModes.Bike);

        Assert.Equal(DistanceCommuteProvider.Best(StopA, StopC, TransportModes.Bike), best);
        Assert.Equal(CommuteMode.Bike, best!.Mode);
    }

    [Fact]
    public void Best_SaturdayOrWindowBeforeTheBus_NoPublicTransport()
    {
        var provider = new TransitCommuteProvider(Minimal());
        var saturday = MondayMorning with { ServiceDay = new DateOnly(2026, 1, 10) };
        var tooEarly = MondayMorning with { Latest = new TimeOnly(7, 55) };

        Assert.Null(provider.ForWorkplace(StopC, saturday).Best(StopA, TransportModes.PublicTransport));
        Assert.Null(provider.ForWorkplace(StopC, tooEarly).Best(StopA, TransportModes.PublicTransport));
        Assert.NotNull(provider.ForWorkplace(StopC, MondayMorning).Best(StopA, TransportModes.PublicTransport));
    }

    [Fact]
    public void BestMinutes_EveryModeCombination_EqualsTheMinutesOfBest()
    {
        // The index asks BestMinutes, brute force asks Best: they must never disagree.
        var window = new ArrivalWindow(new DateOnly(2014, 9, 3), new TimeOnly(7, 0), new TimeOnly(8, 30));
        var workplace = TestFeeds.Carta.StopPoint(TestFeeds.Carta.Stop("1351"));
        ICommuteTable[] tables = [new TransitCommuteProvider(TestFeeds.Carta).ForWorkplace(workplace, window), new DistanceCommuteProvider().ForWorkplace(workplace, window)];
        var rng = new Random(11);
        var homes = Enumerable.Range(0, 300).Select(_ => new GeoPoint(35.0 + (rng.NextDouble() * 0.1), -85.35 + (rng.NextDouble() * 0.1))).Append(workplace).ToArray();
        var compared = 0;
        var reached = 0;
        foreach (var table in tables)
        {
            foreach (var home in homes)
            {
                for (var modes = 0; modes < 16; modes++)
                {
                    var expected = table.Best(home, (TransportModes)modes)?.Minutes;
                    Assert.Equal(expected, table.BestMinutes(home, (TransportModes)modes));
                    compared++;
                    if (expected is not null) reached++;
                }
            }
        }
        Assert.Equal(2 * 301 * 16, compared);
        Assert.InRange(reached, 1, compared - 1); // both answers occur: some reach, some do not
        Assert.Contains(homes, h => tables[0].Best(h, TransportModes.PublicTransport) is { Mode: CommuteMode.PublicTransport });
    }

    [Fact]
    public void ForWorkplace_SameWorkplaceAndWindow_ReturnsTheCachedTable()
    {
        var provider = new TransitCommuteProvider(Minimal());

        var first = provider.ForWorkplace(StopC, MondayMorning);
        var second = provider.ForWorkplace(StopC, MondayMorning);

        Assert.Same(first, second);
        Assert.Equal(1, provider.CachedTables);
    }

    [Fact]
    public void ForWorkplace_ThousandCandidates_OneWindowSearch()
    {
        var provider = new TransitCommuteProvider(TestFeeds.Carta);
        var window = new ArrivalWindow(new DateOnly(2014, 9, 3), new TimeOnly(7, 0), new TimeOnly(8, 30));
        var workplace = TestFeeds.Carta.StopPoint(TestFeeds.Carta.Stop("1351"));

        for (var i = 0; i < 1000; i++)
        {
            provider.ForWorkplace(workplace, window).Best(TestFeeds.Carta.StopPoint(i), TransportModes.PublicTransport);
        }

        Assert.Equal(1, provider.WindowSearches);
    }

    [Fact]
    public void ReplaceTimetable_NewVersion_TablesAreRecomputed()
    {
        var provider = new TransitCommuteProvider(Minimal());
        var before = provider.ForWorkplace(StopC, MondayMorning);
        var files = TestFeeds.Minimal();
        files["stop_times.txt"] = files["stop_times.txt"].Replace("T1,07:40:00,07:40:00,A,1", "T1,07:30:00,07:30:00,A,1", StringComparison.Ordinal);

        provider.ReplaceTimetable(GtfsImporter.Import(TestFeeds.Zip(files)).Timetable);
        var after = provider.ForWorkplace(StopC, MondayMorning);

        Assert.NotSame(before, after);
        Assert.Equal(20, before.Best(StopA, TransportModes.PublicTransport)!.Minutes);
        Assert.Equal(30, after.Best(StopA, TransportModes.PublicTransport)!.Minutes);
    }

    [Fact]
    public void ForWorkplace_MoreWorkplacesThanCapacity_CacheStaysBounded()
    {
        var provider = new TransitCommuteProvider(Minimal(), cacheCapacity: 2);

        foreach (var lat in new[] { 56.60, 56.61, 56.62 })
        {
            provider.ForWorkplace(new GeoPoint(lat, 16.3), MondayMorning);
        }

        Assert.Equal(2, provider.CachedTables);
    }

    [Fact]
    public void Best_ManyThreads_SameAnswersAsOneThread()
    {
        var provider = new TransitCommuteProvider(TestFeeds.Carta);
        var window = new ArrivalWindow(new DateOnly(2014, 9, 3), new TimeOnly(7, 0), new TimeOnly(8, 30));
        var workplace = TestFeeds.Carta.StopPoint(TestFeeds.Carta.Stop("1351"));
        var rng = new Random(5);
        var homes = Enumerable.Range(0, 2000).Select(_ => new GeoPoint(35.0 + (rng.NextDouble() * 0.1), -85.35 + (rng.NextDouble() * 0.1))).ToArray();
        var sequential = homes.Select(h => provider.ForWorkplace(workplace, window).Best(h, TransportModes.PublicTransport)).ToArray();

        // A second provider, so the parallel run computes (and memoises) concurrently instead of
        // reading what the sequential run stored.
        var fresh = new TransitCommuteProvider(TestFeeds.Carta);
        var parallel = new CommuteEstimate?[homes.Length];
        Parallel.For(0, homes.Length, i => parallel[i] = fresh.ForWorkplace(workplace, window).Best(homes[i], TransportModes.PublicTransport));

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, e => e is { Transfers: > 0 });
        Assert.Contains(sequential, e => e is null);
    }

    [Fact]
    public void MapIntoServicePeriod_KalmarFeedFrom2019_SameWeekdayInsideThePeriod()
    {
        var mapped = TestFeeds.Kalmar.MapIntoServicePeriod(new DateOnly(2026, 3, 4));

        Assert.Equal(new DateOnly(2019, 5, 22), mapped);
        Assert.Equal(DayOfWeek.Wednesday, mapped.DayOfWeek);
    }

    [Fact]
    public void ForWorkplace_KalmarWithSyntheticTripsAndA2026Window_GivesPublicTransportCommutes()
    {
        var import = GtfsImporter.ImportWithSyntheticTrips(TestFeeds.PathOf("kalmar-gtfs.zip"));
        var tt = import.Timetable;
        var busiest = tt.Connections.GroupBy(c => c.ToStop).MaxBy(g => g.Count())!.Key;
        var table = new TransitCommuteProvider(tt).ForWorkplace(tt.StopPoint(busiest), ArrivalWindow.DefaultFor(new DateOnly(2026, 3, 2)));

        var estimates = Enumerable.Range(0, tt.StopCount)
            .Select(s => table.Best(tt.StopPoint(s), TransportModes.PublicTransport))
            .Where(e => e is not null)
            .ToList();

        Assert.True(tt.GeneratedTripCount > 0);
        Assert.True(estimates.Count > 10, $"only {estimates.Count} stops reach the workplace");
        Assert.All(estimates, e => Assert.Equal(CommuteMode.PublicTransport, e!.Mode));
    }
}
