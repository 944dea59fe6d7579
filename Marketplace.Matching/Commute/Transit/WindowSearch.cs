using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Commute.Transit;

/// <summary>Door-to-door seconds from each stop to the workplace (egress walk included, access walk
/// not yet) and the transfers of that journey; int.MaxValue when the stop cannot make it.</summary>
public sealed class StopTravelTimes(int[] seconds, int[] transfers, int[] legs)
{
    public int[] Seconds { get; } = seconds;

    public int[] Transfers { get; } = transfers;

    /// <summary>0 means the workplace is reached from this stop on foot only.</summary>
    public int[] Legs { get; } = legs;
}

/// <summary>The window variant: reverse searches for deadlines every <see cref="TransitOptions.WindowStepSeconds"/>
/// from the window's latest arrival down to its earliest, keeping per stop the SHORTEST journey
/// (deadline − latest departure). A commuter chooses the bus that suits the window, so the best
/// option in it is the honest "typical" commute; a median would punish sparse rural timetables for
/// departures nobody would take.</summary>
public static class WindowSearch
{
    public static IReadOnlyList<TargetStop> TargetsAround(Timetable tt, GeoPoint workplace, TransitOptions options)
    {
        var targets = new List<TargetStop>();
        tt.Grid.ForEachWithin(workplace, options.AccessMeters / 1000.0,
            (s, km) => targets.Add(new TargetStop(s, TransitOptions.WalkSeconds(km * 1000))));
        return targets;
    }

    public static StopTravelTimes Run(Timetable tt, GeoPoint workplace, ArrivalWindow window, TransitOptions? options = null)
    {
        options ??= TransitOptions.Default;
        var targets = TargetsAround(tt, workplace, options);
        var day = tt.MapIntoServicePeriod(window.ServiceDay);
        var active = tt.ActiveTrips(day);
        var seconds = new int[tt.StopCount];
        Array.Fill(seconds, int.MaxValue);
        var transfers = new int[tt.StopCount];
        var legs = new int[tt.StopCount];
        var earliest = (int)(window.Earliest.ToTimeSpan().TotalSeconds);
        var latestArrival = (int)(window.Latest.ToTimeSpan().TotalSeconds);
        if (targets.Count == 0)
        {
            return new StopTravelTimes(seconds, transfers, legs);
        }
        for (var deadline = latestArrival; deadline >= earliest; deadline -= Math.Max(60, options.WindowStepSeconds))
        {
            var r = ReverseConnectionScan.Run(tt, targets, active, deadline, options);
            for (var s = 0; s < seconds.Length; s++)
            {
                if (!r.Reached(s)) continue;
                var d = deadline - r.LatestDeparture[s];
                if (d < seconds[s] || (d == seconds[s] && r.Transfers(s) < transfers[s]))
                {
                    seconds[s] = d;
                    transfers[s] = r.Transfers(s);
                    legs[s] = r.Legs[s];
                }
            }
        }
        return new StopTravelTimes(seconds, transfers, legs);
    }
}
