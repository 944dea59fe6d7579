namespace Marketplace.Matching.Commute.Transit;

/// <summary>A stop near the workplace and the walk from it to the door.</summary>
public readonly record struct TargetStop(int Stop, int EgressSeconds);

/// <summary>Latest departure from every stop that still arrives at the workplace by the deadline.
/// <see cref="Legs"/> counts vehicle trips (0 = walking only); transfers are Legs − 1.</summary>
public sealed class ReverseSearchResult(int deadline, int[] latestDeparture, int[] legs)
{
    public const int Unreachable = int.MinValue;

    public int Deadline { get; } = deadline;

    public int[] LatestDeparture { get; } = latestDeparture;

    public int[] Legs { get; } = legs;

    public bool Reached(int stop) => LatestDeparture[stop] != Unreachable;

    public int Transfers(int stop) => Math.Max(0, Legs[stop] - 1);
}

/// <summary>Reverse Connection Scan (docs/decisions/0004-reverse-connection-scan.md): one pass over
/// the connections in descending departure order from the deadline back to deadline − max journey.
/// A connection is usable when its trip is already known to reach the workplace later on, or when
/// one can alight at its arrival stop and still make that stop's latest departure (plus the change
/// time when another vehicle follows). At equal departure times fewer legs win.</summary>
public static class ReverseConnectionScan
{
    private const int NoLegs = int.MaxValue;

    public static ReverseSearchResult Run(Timetable tt, IReadOnlyList<TargetStop> targets, DateOnly day, int deadline,
        TransitOptions? options = null) => Run(tt, targets, tt.ActiveTrips(day), deadline, options);

    /// <param name="activeTrips">From <see cref="Timetable.ActiveTrips"/>; pass it in when running several
    /// deadlines on the same day.</param>
    public static ReverseSearchResult Run(Timetable tt, IReadOnlyList<TargetStop> targets, bool[] activeTrips, int deadline,
        TransitOptions? options = null)
    {
        options ??= TransitOptions.Default;
        var latest = new int[tt.StopCount];
        Array.Fill(latest, ReverseSearchResult.Unreachable);
        var legs = new int[tt.StopCount];
        var tripLegs = new int[2 * tt.TripCount];
        Array.Fill(tripLegs, NoLegs);
        foreach (var t in targets)
        {
            Improve(tt, latest, legs, t.Stop, deadline - t.EgressSeconds, 0);
        }
        var earliest = deadline - options.MaxJourneySeconds;
        var today = tt.Connections;
        var overnight = tt.Overnight;
        var i = FirstAtOrBefore(today, deadline);
        var j = FirstAtOrBefore(overnight, deadline);
        // Merge the two descending streams: today's trips and yesterday's trips running past midnight.
        while (true)
        {
            Connection c;
            if (i < today.Length && (j >= overnight.Length || TimetableBuilder.ReverseOrder(today[i], overnight[j]) <= 0))
            {
                c = today[i++];
            }
            else if (j < overnight.Length)
            {
                c = overnight[j++];
            }
            else
            {
                break;
            }
            if (c.Departure < earliest) break;
            if (!activeTrips[c.Trip]) continue;
            var best = tripLegs[c.Trip];
            var after = latest[c.ToStop];
            if (after != ReverseSearchResult.Unreachable)
            {
                var afterLegs = legs[c.ToStop];
                var ready = afterLegs == 0 ? c.Arrival : c.Arrival + tt.ChangeSeconds[c.ToStop];
                if (ready <= after && afterLegs + 1 < best)
                {
                    best = afterLegs + 1;
                }
            }
            if (best == NoLegs) continue;
            tripLegs[c.Trip] = best;
            Improve(tt, latest, legs, c.FromStop, c.Departure, best);
        }
        return new ReverseSearchResult(deadline, latest, legs);
    }

    /// <summary>Sets the stop's latest departure and relaxes the footpaths into it (one walk, not
    /// chains of walks: footpaths are short and symmetric, as in standard CSA).</summary>
    private static void Improve(Timetable tt, int[] latest, int[] legs, int stop, int departure, int legCount)
    {
        if (!Better(latest, legs, stop, departure, legCount)) return;
        latest[stop] = departure;
        legs[stop] = legCount;
        var from = tt.FootFrom;
        var secs = tt.FootSeconds;
        for (var k = tt.FootStart[stop]; k < tt.FootStart[stop + 1]; k++)
        {
            var s = from[k];
            var dep = departure - secs[k];
            if (Better(latest, legs, s, dep, legCount))
            {
                latest[s] = dep;
                legs[s] = legCount;
            }
        }
    }

    private static bool Better(int[] latest, int[] legs, int stop, int departure, int legCount) =>
        departure > latest[stop] || (departure == latest[stop] && legCount < legs[stop]);

    /// <summary>Index of the first connection (in descending order) departing at or before <paramref name="time"/>.</summary>
    internal static int FirstAtOrBefore(Connection[] sorted, int time)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Departure > time) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
