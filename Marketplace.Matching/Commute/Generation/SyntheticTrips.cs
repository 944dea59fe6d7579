using Marketplace.Matching.Commute.Gtfs;

namespace Marketplace.Matching.Commute.Generation;

public sealed record SyntheticTripOptions
{
    public int Seed { get; init; } = 7;
    public int RouteCount { get; init; } = 60;
    public int MaxStopsPerRoute { get; init; } = 30;
    public int TripsPerDirection { get; init; } = 36;
}

/// <summary>Adds generated bus lines over a real feed's stops, for a demo whose real feed has too few
/// trips (the minified Kalmar feed). Every added route and trip id starts with
/// <see cref="IdPrefix"/> and carries Generated = true, so an admin page can say which trips no
/// operator runs. Real trips are left untouched.</summary>
public static class SyntheticTrips
{
    public const string IdPrefix = "synthetic-";

    public static int AddTo(GtfsFeed feed, SyntheticTripOptions? options = null)
    {
        options ??= new SyntheticTripOptions();
        if (feed.Stops.Count < 2) return 0;
        var rng = new Random(options.Seed);
        var first = feed.Services.Count == 0 ? new DateOnly(2026, 1, 1) : feed.Services.Min(s => s.FirstDay);
        var last = feed.Services.Count == 0 ? first.AddDays(365) : feed.Services.Max(s => s.FirstDay.AddDays(s.Runs.Length - 1));
        var service = LineRoutes.AddWeekdayService(feed, $"{IdPrefix}weekday", first, last);
        var before = feed.Trips.Count;
        var headway = (17 * 3600) / options.TripsPerDirection;
        var routes = 0;
        for (var attempt = 0; routes < options.RouteCount && attempt < options.RouteCount * 20; attempt++)
        {
            var a = rng.Next(feed.Stops.Count);
            var b = rng.Next(feed.Stops.Count);
            // Keep lines local (a county bus, not a national coach): both ends within 50 km.
            if (new Geo.GeoPoint(feed.Stops[a].Lat, feed.Stops[a].Lon).DistanceKm(new Geo.GeoPoint(feed.Stops[b].Lat, feed.Stops[b].Lon)) > 50) continue;
            var stops = LineRoutes.Corridor(feed.Stops, a, b, corridorKm: 1.0, spacingKm: 0.5, options.MaxStopsPerRoute);
            if (stops.Length < 6) continue;
            LineRoutes.AddRoute(feed, IdPrefix, stops, service, (5 * 3600) + rng.Next(0, 3600), headway,
                options.TripsPerDirection, generated: true);
            routes++;
        }
        return feed.Trips.Count - before;
    }
}
