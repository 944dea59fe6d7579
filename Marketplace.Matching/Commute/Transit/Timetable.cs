using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Commute.Transit;

/// <summary>One hop of one trip between consecutive stops. Times are seconds after midnight of the
/// trip's service day.</summary>
public readonly record struct Connection(int Departure, int Arrival, int FromStop, int ToStop, int Trip,
    ConnectionFlags Flags = ConnectionFlags.None)
{
    public bool CanBoard => (Flags & ConnectionFlags.NoBoarding) == 0;

    public bool CanAlight => (Flags & ConnectionFlags.NoAlighting) == 0;
}

/// <summary>stop_times pickup_type/drop_off_type 1 ("not available"): riders cannot board at the
/// hop's first stop, or cannot get off at its last stop. Types 2 and 3 (phone/ask the driver) count
/// as available.</summary>
[Flags]
public enum ConnectionFlags
{
    None = 0,
    NoBoarding = 1,
    NoAlighting = 2,
}

/// <summary>The compact, immutable timetable the search runs on: plain arrays, connections sorted
/// for a reverse scan (latest departure first). <see cref="Version"/> is a stamp that changes with
/// every build (and survives save/load) so caches can tell timetables apart.</summary>
public sealed partial class Timetable
{
    /// <summary>Trips of the previous service day still running after 24:00 are kept in
    /// <see cref="Overnight"/>, shifted back one day, with trip index + <see cref="TripCount"/>.</summary>
    public const int Day = 24 * 3600;

    private StopGrid? _grid;

    internal Timetable() { }

    public long Version { get; internal set; }

    public string[] Agencies { get; internal set; } = [];

    public string[] StopIds { get; internal set; } = [];

    public string[] StopNames { get; internal set; } = [];

    public double[] StopLat { get; internal set; } = [];

    public double[] StopLon { get; internal set; } = [];

    /// <summary>Minimum seconds to change vehicles at a stop (transfers.txt from == to, else the default).</summary>
    public int[] ChangeSeconds { get; internal set; } = [];

    /// <summary>Footpaths as adjacency arrays of incoming walks: the stops one can walk from to reach stop s are FootFrom/FootSeconds[FootStart[s]..FootStart[s+1]).</summary>
    public int[] FootStart { get; internal set; } = [0];

    public int[] FootFrom { get; internal set; } = [];

    public int[] FootSeconds { get; internal set; } = [];

    public string[] RouteIds { get; internal set; } = [];

    public string[] RouteNames { get; internal set; } = [];

    public string[] TripIds { get; internal set; } = [];

    public int[] TripRoute { get; internal set; } = [];

    public int[] TripService { get; internal set; } = [];

    /// <summary>True for trips no operator runs (synthetic demo trips), so an admin page can say so.</summary>
    public bool[] TripGenerated { get; internal set; } = [];

    public FeedService[] Services { get; internal set; } = [];

    /// <summary>Sorted by departure descending (then arrival descending) — the reverse scan order.</summary>
    public Connection[] Connections { get; internal set; } = [];

    /// <summary>Connections arriving after 24:00, shifted by −24 h, same order; Trip is offset by TripCount.</summary>
    public Connection[] Overnight { get; internal set; } = [];

    public int StopCount => StopIds.Length;

    public int TripCount => TripIds.Length;

    public int GeneratedTripCount => TripGenerated.Count(g => g);

    /// <summary>Stop events (stop_times rows) = connections + one per trip.</summary>
    public long StopEventCount => (long)Connections.Length + TripCount;

    public DateOnly ServiceStart => Services.Length == 0 ? default : Services.Min(s => s.FirstDay);

    public DateOnly ServiceEnd => Services.Length == 0 ? default : Services.Max(s => s.FirstDay.AddDays(s.Runs.Length - 1));

    /// <summary>Ids of the trips no operator runs, for an admin page that lists them.</summary>
    public IEnumerable<string> GeneratedTripIds() => TripIds.Where((_, t) => TripGenerated[t]);

    public GeoPoint StopPoint(int stop) => new(StopLat[stop], StopLon[stop]);

    /// <summary>Lazily built spatial index over the stops (the timetable is immutable, so building it
    /// twice under a race is harmless).</summary>
    public StopGrid Grid => _grid ??= new StopGrid(StopLat, StopLon);

    public TimetableSummary Summary() => new(Agencies, ServiceStart, ServiceEnd, StopCount, RouteIds.Length, TripCount,
        GeneratedTripCount, StopEventCount, Version);

    /// <summary>Which trip instances run on <paramref name="day"/>: index t for trips of that day,
    /// TripCount + t for trips of the previous day (their after-midnight part).</summary>
    public bool[] ActiveTrips(DateOnly day)
    {
        var today = Services.Select(s => s.RunsOn(day)).ToArray();
        var yesterday = Services.Select(s => s.RunsOn(day.AddDays(-1))).ToArray();
        var active = new bool[2 * TripCount];
        for (var t = 0; t < TripCount; t++)
        {
            active[t] = today[TripService[t]];
            active[TripCount + t] = yesterday[TripService[t]];
        }
        return active;
    }

    /// <summary>A day inside the service period for a requested day outside it: the same weekday in
    /// the period's first full week. Lets a demo feed from 2019 answer for a placement in 2026.</summary>
    public DateOnly MapIntoServicePeriod(DateOnly requested)
    {
        if (Services.Length == 0 || (requested >= ServiceStart && requested <= ServiceEnd))
        {
            return requested;
        }
        var day = ServiceStart;
        while (day.DayOfWeek != requested.DayOfWeek)
        {
            day = day.AddDays(1);
        }
        return day <= ServiceEnd ? day : requested;
    }
}

/// <summary>What an admin page shows about the loaded timetable.</summary>
public sealed record TimetableSummary(IReadOnlyList<string> Agencies, DateOnly ServiceStart, DateOnly ServiceEnd,
    int StopCount, int RouteCount, int TripCount, int GeneratedTripCount, long StopEventCount, long Version);
