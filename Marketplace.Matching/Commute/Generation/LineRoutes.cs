using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Commute.Generation;

/// <summary>Shared by both generators: a route is the stops near a straight line between two stops,
/// in order along the line; trips run it both ways at a fixed headway at bus speed.</summary>
internal static class LineRoutes
{
    private const double BusKmh = 35;

    /// <summary>Stops within <paramref name="corridorKm"/> of the segment a–b, ordered along it, at
    /// least <paramref name="spacingKm"/> apart, thinned evenly to at most <paramref name="maxStops"/>.</summary>
    public static int[] Corridor(IReadOnlyList<FeedStop> stops, int a, int b, double corridorKm, double spacingKm, int maxStops)
    {
        var origin = new GeoPoint(stops[a].Lat, stops[a].Lon);
        var kmLon = 111.32 * Math.Cos(origin.Lat * Math.PI / 180);
        (double X, double Y) Local(FeedStop s) => ((s.Lon - origin.Lon) * kmLon, (s.Lat - origin.Lat) * 111.32);
        var (bx, by) = Local(stops[b]);
        var len2 = (bx * bx) + (by * by);
        if (len2 < 1) return [];
        var picked = new List<(double T, int Stop)>();
        for (var s = 0; s < stops.Count; s++)
        {
            var (x, y) = Local(stops[s]);
            var t = ((x * bx) + (y * by)) / len2;
            if (t is < 0 or > 1) continue;
            var dx = x - (t * bx);
            var dy = y - (t * by);
            if ((dx * dx) + (dy * dy) <= corridorKm * corridorKm) picked.Add((t, s));
        }
        picked.Sort();
        var spaced = new List<int>();
        var lastT = double.NegativeInfinity;
        var minT = spacingKm / Math.Sqrt(len2);
        foreach (var (t, s) in picked)
        {
            if (t - lastT < minT) continue;
            spaced.Add(s);
            lastT = t;
        }
        if (spaced.Count <= maxStops) return [.. spaced];
        return Enumerable.Range(0, maxStops).Select(i => spaced[(int)((long)i * (spaced.Count - 1) / (maxStops - 1))]).ToArray();
    }

    /// <summary>Adds a route with trips in both directions from <paramref name="firstDeparture"/> every
    /// <paramref name="headwaySeconds"/>; trips may run past 24:00 like real late buses.</summary>
    public static void AddRoute(GtfsFeed feed, string idPrefix, int[] stopsOnRoute, int service, int firstDeparture,
        int headwaySeconds, int tripsPerDirection, bool generated)
    {
        var route = feed.Routes.Count;
        var routeId = $"{idPrefix}r{route}";
        feed.Routes.Add(new FeedRoute(routeId, "generated", $"G{route}", generated));
        foreach (var direction in new[] { stopsOnRoute, stopsOnRoute.Reverse().ToArray() })
        {
            var hops = new int[direction.Length];
            for (var i = 1; i < direction.Length; i++)
            {
                var km = Distance(feed.Stops[direction[i - 1]], feed.Stops[direction[i]]) * DistanceCommuteProvider.DetourFactor;
                hops[i] = Math.Max(60, (int)Math.Ceiling(km / BusKmh * 60) * 60);
            }
            for (var k = 0; k < tripsPerDirection; k++)
            {
                var times = new int[direction.Length];
                times[0] = firstDeparture + (k * headwaySeconds);
                for (var i = 1; i < direction.Length; i++) times[i] = times[i - 1] + hops[i];
                feed.Trips.Add(new FeedTrip($"{routeId}-{(direction == stopsOnRoute ? 'a' : 'b')}{k}", route, service,
                    direction, times, times, generated));
            }
        }
    }

    public static int AddWeekdayService(GtfsFeed feed, string id, DateOnly first, DateOnly last)
    {
        var runs = new bool[last.DayNumber - first.DayNumber + 1];
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = first.AddDays(i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }
        feed.Services.Add(new FeedService(id, first, runs));
        return feed.Services.Count - 1;
    }

    private static double Distance(FeedStop a, FeedStop b) => new GeoPoint(a.Lat, a.Lon).DistanceKm(new GeoPoint(b.Lat, b.Lon));
}
