using Marketplace.Matching.Commute.Gtfs;

namespace Marketplace.Matching.Commute.Generation;

/// <summary>Sizes of the generated regional network. The defaults give a few thousand stops and
/// over 2 M weekday stop events: the scale of PRODUCT.md's search budget.</summary>
public sealed record RegionalNetworkOptions
{
    public int Seed { get; init; } = 42;
    public double CenterLat { get; init; } = 56.90;
    public double CenterLon { get; init; } = 16.10;
    public double RadiusKm { get; init; } = 60;
    public int Towns { get; init; } = 20;
    public int StopCount { get; init; } = 3000;
    public int RouteCount { get; init; } = 440;
    public int MaxStopsPerRoute { get; init; } = 40;
    public int TripsPerDirection { get; init; } = 100;
    public DateOnly FirstDay { get; init; } = new(2026, 1, 5);
    public DateOnly LastDay { get; init; } = new(2027, 12, 31);
}

/// <summary>A seeded, reproducible synthetic region: towns with dense stops, sparse countryside
/// stops, and bus lines between towns and out into the countryside. Every trip is flagged generated.</summary>
public static class RegionalNetworkGenerator
{
    public const string IdPrefix = "gen-";

    public static GtfsFeed Generate(RegionalNetworkOptions? options = null)
    {
        options ??= new RegionalNetworkOptions();
        var rng = new Random(options.Seed);
        var feed = new GtfsFeed();
        feed.Agencies.Add("Generated regional network");
        var kmLon = 111.32 * Math.Cos(options.CenterLat * Math.PI / 180);
        (double Lat, double Lon) Around(double lat, double lon, double km)
        {
            var r = km * Math.Sqrt(rng.NextDouble());
            var a = rng.NextDouble() * 2 * Math.PI;
            return (lat + (r * Math.Sin(a) / 111.32), lon + (r * Math.Cos(a) / kmLon));
        }
        var towns = Enumerable.Range(0, options.Towns).Select(_ => Around(options.CenterLat, options.CenterLon, options.RadiusKm)).ToArray();
        for (var s = 0; s < options.StopCount; s++)
        {
            // Six in ten stops are in towns (within 3 km of a centre), the rest spread over the region.
            var (lat, lon) = s % 10 < 6
                ? Around(towns[s % towns.Length].Lat, towns[s % towns.Length].Lon, 3)
                : Around(options.CenterLat, options.CenterLon, options.RadiusKm);
            feed.Stops.Add(new FeedStop($"{IdPrefix}s{s}", $"Stop {s}", Math.Round(lat, 6), Math.Round(lon, 6)));
        }
        var service = LineRoutes.AddWeekdayService(feed, $"{IdPrefix}weekday", options.FirstDay, options.LastDay);
        var townStops = Enumerable.Range(0, options.StopCount).Where(s => s % 10 < 6).ToArray();
        const int FirstDeparture = 5 * 3600;
        var headway = (19 * 3600) / options.TripsPerDirection; // 05:00 to about midnight
        var routes = 0;
        for (var attempt = 0; routes < options.RouteCount && attempt < options.RouteCount * 20; attempt++)
        {
            var a = townStops[rng.Next(townStops.Length)];
            var b = rng.Next(2) == 0 ? townStops[rng.Next(townStops.Length)] : rng.Next(options.StopCount);
            var stops = LineRoutes.Corridor(feed.Stops, a, b, corridorKm: 1.2, spacingKm: 0.4, options.MaxStopsPerRoute);
            if (stops.Length < 8) continue;
            LineRoutes.AddRoute(feed, IdPrefix, stops, service, FirstDeparture + rng.Next(0, 3600), headway,
                options.TripsPerDirection, generated: true);
            routes++;
        }
        return feed;
    }
}
