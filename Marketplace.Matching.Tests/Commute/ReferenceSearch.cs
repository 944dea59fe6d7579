using Marketplace.Matching.Commute.Transit;

namespace Marketplace.Matching.Tests.Commute;

/// <summary>A deliberately naive oracle for the reverse scan: relax every connection of the day over
/// and over (Bellman-Ford style, no ordering assumptions) until nothing changes. Same model as the
/// scan: a connection is usable if the next hop of its trip is, or if one can alight and walk to the
/// workplace, or alight and make the stop's latest departure after the change time; footpaths are
/// one walk from a stop's own departure.</summary>
internal static class ReferenceSearch
{
    private const int Unreachable = ReverseSearchResult.Unreachable;

    public static int[] LatestDepartures(Timetable tt, IReadOnlyList<TargetStop> targets, DateOnly day, int deadline, TransitOptions options)
    {
        var active = tt.ActiveTrips(day);
        var conns = tt.Connections.Concat(tt.Overnight)
            .Where(c => active[c.Trip] && c.Departure <= deadline && c.Departure >= deadline - options.MaxJourneySeconds)
            .ToArray();
        var next = new int[conns.Length];
        Array.Fill(next, -1);
        foreach (var trip in Enumerable.Range(0, conns.Length).GroupBy(i => conns[i].Trip))
        {
            var ordered = trip.OrderBy(i => conns[i].Departure).ToArray();
            for (var k = 0; k + 1 < ordered.Length; k++) next[ordered[k]] = ordered[k + 1];
        }
        var target = Filled(tt.StopCount);
        foreach (var t in targets) target[t.Stop] = Math.Max(target[t.Stop], deadline - t.EgressSeconds);
        var walkOnly = Spread(tt, target, target);
        var reachable = new bool[conns.Length];
        var own = (int[])target.Clone();
        var latest = Spread(tt, own, own);
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < conns.Length; i++)
            {
                if (reachable[i]) continue;
                var c = conns[i];
                if ((next[i] >= 0 && reachable[next[i]])
                    || (c.CanAlight && c.Arrival <= walkOnly[c.ToStop])
                    || (c.CanAlight && latest[c.ToStop] != Unreachable && c.Arrival + tt.ChangeSeconds[c.ToStop] <= latest[c.ToStop]))
                {
                    reachable[i] = changed = true;
                    if (c.CanBoard) own[c.FromStop] = Math.Max(own[c.FromStop], c.Departure);
                }
            }
            latest = Spread(tt, own, own);
        }
        return latest;
    }

    /// <summary>max(start[x], own[y] − walk(x→y)) over every footpath.</summary>
    private static int[] Spread(Timetable tt, int[] start, int[] own)
    {
        var result = (int[])start.Clone();
        for (var y = 0; y < tt.StopCount; y++)
        {
            if (own[y] == Unreachable) continue;
            for (var k = tt.FootStart[y]; k < tt.FootStart[y + 1]; k++)
            {
                var x = tt.FootFrom[k];
                result[x] = Math.Max(result[x], own[y] - tt.FootSeconds[k]);
            }
        }
        return result;
    }

    private static int[] Filled(int n)
    {
        var a = new int[n];
        Array.Fill(a, Unreachable);
        return a;
    }
}
