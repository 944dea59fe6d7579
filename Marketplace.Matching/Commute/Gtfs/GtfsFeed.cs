namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>A parsed feed with references resolved to list indices: the common input of the
/// timetable build, whether it came from a zip, the regional generator or synthetic trips added
/// over real stops. Times are seconds after midnight of the service day (may exceed 24 h).</summary>
public sealed class GtfsFeed
{
    public List<string> Agencies { get; } = [];

    public List<FeedStop> Stops { get; } = [];

    public List<FeedRoute> Routes { get; } = [];

    public List<FeedService> Services { get; } = [];

    public List<FeedTrip> Trips { get; } = [];

    public List<FeedTransfer> Transfers { get; } = [];

    public ImportReport Report { get; } = new();
}

public sealed record FeedStop(string Id, string Name, double Lat, double Lon);

public sealed record FeedRoute(string Id, string AgencyId, string Name, bool Generated = false);

/// <summary>Days the service runs, as a flag per day from <see cref="FirstDay"/> (calendar.txt
/// weekdays in its period, then calendar_dates.txt added/removed exceptions applied).</summary>
public sealed record FeedService(string Id, DateOnly FirstDay, bool[] Runs)
{
    public bool RunsOn(DateOnly day)
    {
        var i = day.DayNumber - FirstDay.DayNumber;
        return i >= 0 && i < Runs.Length && Runs[i];
    }
}

/// <summary>One trip: stop indices with arrival and departure seconds, in stop_sequence order.
/// <see cref="Generated"/> marks trips that no real operator runs (synthetic demo trips).</summary>
public sealed record FeedTrip(string Id, int Route, int Service, int[] Stops, int[] Arrivals, int[] Departures, bool Generated = false)
{
    /// <summary>Per stop: no pickup / no drop-off there (null when every stop allows both).</summary>
    public StopRestriction[]? Restrictions { get; init; }
}

[Flags]
public enum StopRestriction : byte
{
    None = 0,
    NoPickup = 1,
    NoDropOff = 2,
}

/// <summary>A walk between two different stops (transfers.txt) or a minimum change time at one stop
/// (from == to).</summary>
public sealed record FeedTransfer(int FromStop, int ToStop, int Seconds);
