using Marketplace.Matching.Commute.Gtfs;

namespace Marketplace.Matching.Commute.Transit;

/// <summary>Walking assumptions shared by footpaths, access and egress: the same detour factor and
/// speed as <see cref="DistanceCommuteProvider"/> so every walk in an explanation adds up.</summary>
public sealed record TransitOptions
{
    /// <summary>Stops within this straight-line distance of each other get a footpath.</summary>
    public double FootpathMeters { get; init; } = 400;

    /// <summary>Change time at a stop that transfers.txt says nothing about.</summary>
    public int DefaultChangeSeconds { get; init; } = 120;

    /// <summary>Stops within this straight-line distance of home or workplace can be walked to.</summary>
    public double AccessMeters { get; init; } = 1000;

    /// <summary>Journeys longer than this are not searched (bounds the scan).</summary>
    public int MaxJourneySeconds { get; init; } = 3 * 3600;

    /// <summary>Spacing of the arrival deadlines tried within an <see cref="ArrivalWindow"/>.</summary>
    public int WindowStepSeconds { get; init; } = 15 * 60;

    public static TransitOptions Default { get; } = new();

    public static int WalkSeconds(double meters) =>
        (int)Math.Ceiling(meters / 1000.0 * DistanceCommuteProvider.DetourFactor / DistanceCommuteProvider.WalkKmh * 3600.0);
}

/// <summary>Builds a <see cref="Timetable"/> from a feed: connections, footpaths, change times.</summary>
public static class TimetableBuilder
{
    public static Timetable Build(GtfsFeed feed, TransitOptions? options = null)
    {
        options ??= TransitOptions.Default;
        var tt = new Timetable
        {
            Version = Random.Shared.NextInt64(1, long.MaxValue),
            Agencies = [.. feed.Agencies],
            StopIds = feed.Stops.Select(s => s.Id).ToArray(),
            StopNames = feed.Stops.Select(s => s.Name).ToArray(),
            StopLat = feed.Stops.Select(s => s.Lat).ToArray(),
            StopLon = feed.Stops.Select(s => s.Lon).ToArray(),
            RouteIds = feed.Routes.Select(r => r.Id).ToArray(),
            RouteNames = feed.Routes.Select(r => r.Name).ToArray(),
            TripIds = feed.Trips.Select(t => t.Id).ToArray(),
            TripRoute = feed.Trips.Select(t => t.Route).ToArray(),
            TripService = feed.Trips.Select(t => t.Service).ToArray(),
            TripGenerated = feed.Trips.Select(t => t.Generated).ToArray(),
            Services = [.. feed.Services],
        };
        BuildConnections(tt, feed);
        BuildFootpaths(tt, feed, options);
        return tt;
    }

    private static void BuildConnections(Timetable tt, GtfsFeed feed)
    {
        var all = new List<Connection>(feed.Trips.Sum(t => t.Stops.Length - 1));
        for (var t = 0; t < feed.Trips.Count; t++)
        {
            var trip = feed.Trips[t];
            for (var i = 0; i + 1 < trip.Stops.Length; i++)
            {
                var flags = ConnectionFlags.None;
                if (trip.Restrictions is { } r)
                {
                    if ((r[i] & StopRestriction.NoPickup) != 0) flags |= ConnectionFlags.NoBoarding;
                    if ((r[i + 1] & StopRestriction.NoDropOff) != 0) flags |= ConnectionFlags.NoAlighting;
                }
                all.Add(new Connection(trip.Departures[i], trip.Arrivals[i + 1], trip.Stops[i], trip.Stops[i + 1], t, flags));
            }
        }
        var connections = all.ToArray();
        Array.Sort(connections, ReverseOrder);
        tt.Connections = connections;
        var overnight = connections.Where(c => c.Arrival > Timetable.Day)
            .Select(c => new Connection(c.Departure - Timetable.Day, c.Arrival - Timetable.Day, c.FromStop, c.ToStop, c.Trip + tt.TripCount, c.Flags))
            .ToArray();
        Array.Sort(overnight, ReverseOrder);
        tt.Overnight = overnight;
    }

    /// <summary>Latest departure first; at equal departure the later arrival first, so that of two
    /// hops of one trip departing in the same minute the downstream hop is scanned first.</summary>
    internal static int ReverseOrder(Connection a, Connection b)
    {
        var c = b.Departure.CompareTo(a.Departure);
        if (c != 0) return c;
        c = b.Arrival.CompareTo(a.Arrival);
        if (c != 0) return c;
        c = a.Trip.CompareTo(b.Trip);
        return c != 0 ? c : a.FromStop.CompareTo(b.FromStop);
    }

    private static void BuildFootpaths(Timetable tt, GtfsFeed feed, TransitOptions options)
    {
        var n = tt.StopCount;
        tt.ChangeSeconds = Enumerable.Repeat(options.DefaultChangeSeconds, n).ToArray();
        var walks = new Dictionary<int, int>[n];
        var grid = tt.Grid;
        for (var s = 0; s < n; s++)
        {
            var here = tt.StopPoint(s);
            foreach (var (other, km) in grid.Within(here, options.FootpathMeters / 1000.0))
            {
                if (other != s)
                {
                    (walks[s] ??= [])[other] = TransitOptions.WalkSeconds(km * 1000);
                }
            }
        }
        foreach (var tr in feed.Transfers)
        {
            if (tr.FromStop == tr.ToStop)
            {
                if (tr.Seconds >= 0) tt.ChangeSeconds[tr.FromStop] = tr.Seconds;
                continue;
            }
            var seconds = tr.Seconds >= 0
                ? tr.Seconds
                : TransitOptions.WalkSeconds(tt.StopPoint(tr.FromStop).DistanceKm(tt.StopPoint(tr.ToStop)) * 1000);
            (walks[tr.FromStop] ??= [])[tr.ToStop] = seconds;
        }
        // The reverse scan walks backwards (from the stop you reach to the stop you leave), so store
        // incoming walks: FootFrom[s] lists the stops from which one walks to s.
        var incoming = new List<(int From, int Seconds)>[n];
        for (var s = 0; s < n; s++)
        {
            if (walks[s] is null) continue;
            foreach (var (to, sec) in walks[s])
            {
                (incoming[to] ??= []).Add((s, sec));
            }
        }
        var start = new int[n + 1];
        var to2 = new List<int>();
        var secs = new List<int>();
        for (var s = 0; s < n; s++)
        {
            start[s] = to2.Count;
            foreach (var (from, sec) in (IEnumerable<(int From, int Seconds)>?)incoming[s]?.OrderBy(x => x.From) ?? [])
            {
                to2.Add(from);
                secs.Add(sec);
            }
        }
        start[n] = to2.Count;
        tt.FootStart = start;
        tt.FootFrom = [.. to2];
        tt.FootSeconds = [.. secs];
    }
}
