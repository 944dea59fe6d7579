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
        var state = new ScanState(tt);
        foreach (var t in targets)
        {
            state.Improve(t.Stop, deadline - t.EgressSeconds, 0);
        }
        var earliest = deadline - options.MaxJourneySeconds;
        var today = tt.Connections;
        var overnight = tt.Overnight;
        var i = FirstAtOrBefore(today, deadline);
        var j = FirstAtOrBefore(overnight, deadline);
        var latest = state.Latest;
        var legs = state.Legs;
        var walkOnly = state.WalkOnly;
        var tripLegs = state.TripLegs;
        // Merge the two descending streams: today's trips and yesterday's trips running past midnight.
        while (true)
        {
            Connection c;
            if (j < overnight.Length && (i >= today.Length || overnight[j].Departure > today[i].Departure
                || (overnight[j].Departure == today[i].Departure && TimetableBuilder.ReverseOrder(overnight[j], today[i]) < 0)))
            {
                c = overnight[j++];
            }
            else if (i < today.Length)
            {
                c = today[i++];
            }
            else
            {
                break;
            }
            if (c.Departure < earliest) break;
            if (!activeTrips[c.Trip]) continue;
            var best = tripLegs[c.Trip];
            // Otherwise only staying on board can help (drop_off_type 1 at the arrival stop).
            if (c.CanAlight)
            {
                if (c.Arrival <= walkOnly[c.ToStop])
                {
                    best = 1; // alight and walk to the workplace: no change time
                }
                else if (latest[c.ToStop] != ReverseSearchResult.Unreachable
                    && c.Arrival + tt.ChangeSeconds[c.ToStop] <= latest[c.ToStop] && legs[c.ToStop] + 1 < best)
                {
                    best = legs[c.ToStop] + 1; // alight and change to the stop's best onward journey
                }
            }
            if (best == NoLegs) continue;
            tripLegs[c.Trip] = best;
            if (c.CanBoard)
            {
                state.Improve(c.FromStop, c.Departure, best);
            }
        }
        return new ReverseSearchResult(deadline, latest, legs);
    }

    /// <summary>Per-search arrays. <c>Own*</c> is the best departure from the stop itself (a target or a
    /// connection), which is what footpaths propagate; <c>Latest</c> also counts walking to a
    /// neighbour first. Footpaths are one walk, not chains (short and symmetric, as in standard CSA).
    /// <c>WalkOnly</c> keeps the walking-only option apart so a later vehicle departure never hides it.</summary>
    private sealed class ScanState
    {
        private readonly Timetable _tt;
        private readonly int[] _own;
        private readonly int[] _ownLegs;

        public ScanState(Timetable tt)
        {
            _tt = tt;
            Latest = Filled(tt.StopCount, ReverseSearchResult.Unreachable);
            WalkOnly = Filled(tt.StopCount, ReverseSearchResult.Unreachable);
            _own = Filled(tt.StopCount, ReverseSearchResult.Unreachable);
            Legs = new int[tt.StopCount];
            _ownLegs = new int[tt.StopCount];
            TripLegs = Filled(2 * tt.TripCount, NoLegs);
        }

        public int[] Latest { get; }

        public int[] Legs { get; }

        public int[] WalkOnly { get; }

        public int[] TripLegs { get; }

        public void Improve(int stop, int departure, int legCount)
        {
            if (!Better(_own, _ownLegs, stop, departure, legCount)) return;
            _own[stop] = departure;
            _ownLegs[stop] = legCount;
            Set(stop, departure, legCount);
            var from = _tt.FootFrom;
            var secs = _tt.FootSeconds;
            for (var k = _tt.FootStart[stop]; k < _tt.FootStart[stop + 1]; k++)
            {
                Set(from[k], departure - secs[k], legCount);
            }
        }

        private void Set(int stop, int departure, int legCount)
        {
            if (legCount == 0 && departure > WalkOnly[stop]) WalkOnly[stop] = departure;
            if (Better(Latest, Legs, stop, departure, legCount))
            {
                Latest[stop] = departure;
                Legs[stop] = legCount;
            }
        }

        private static bool Better(int[] latest, int[] legs, int stop, int departure, int legCount) =>
            departure > latest[stop] || (departure == latest[stop] && legCount < legs[stop]);

        private static int[] Filled(int n, int value)
        {
            var a = new int[n];
            Array.Fill(a, value);
            return a;
        }
    }

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
