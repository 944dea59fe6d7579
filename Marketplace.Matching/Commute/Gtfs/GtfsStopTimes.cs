using System.Globalization;

namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>stop_times.txt: grouped per trip, ordered by stop_sequence, missing times of
/// non-timepoint stops interpolated by position between the timed stops around them.</summary>
internal static class GtfsStopTimes
{
    private readonly record struct Row(int Sequence, int Stop, int? Arrival, int? Departure, StopRestriction Restriction);

    public static void Read(CsvTable table, Dictionary<string, int> stops, Dictionary<string, int> trips, GtfsFeed feed)
    {
        var tripCol = table.Column("trip_id");
        var stopCol = table.Column("stop_id");
        var seqCol = table.Column("stop_sequence");
        var arrCol = table.Column("arrival_time");
        var depCol = table.Column("departure_time");
        var pickupCol = table.OptionalColumn("pickup_type");
        var dropOffCol = table.OptionalColumn("drop_off_type");
        var perTrip = new List<Row>?[feed.Trips.Count];
        foreach (var row in table.Rows())
        {
            var tripId = row.Get(tripCol);
            if (!trips.TryGetValue(tripId, out var trip))
            {
                throw row.Error($"unknown trip_id '{tripId}'");
            }
            var stopId = row.Get(stopCol);
            if (!stops.TryGetValue(stopId, out var stop))
            {
                throw row.Error($"unknown stop_id '{stopId}'");
            }
            if (!int.TryParse(row.Get(seqCol), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                throw row.Error($"bad stop_sequence '{row.Get(seqCol)}'");
            }
            var arr = GtfsTime.Parse(row, arrCol, "arrival_time");
            var dep = GtfsTime.Parse(row, depCol, "departure_time");
            if (trip < 0)
            {
                continue; // trip of an unknown service, already reported
            }
            var restriction = (row.Get(pickupCol) == "1" ? StopRestriction.NoPickup : StopRestriction.None)
                | (row.Get(dropOffCol) == "1" ? StopRestriction.NoDropOff : StopRestriction.None);
            (perTrip[trip] ??= []).Add(new Row(seq, stop, arr ?? dep, dep ?? arr, restriction));
        }
        for (var t = 0; t < feed.Trips.Count; t++)
        {
            feed.Trips[t] = Complete(feed.Trips[t], perTrip[t], feed.Report);
        }
        feed.Trips.RemoveAll(t => t.Stops.Length < 2);
    }

    private static FeedTrip Complete(FeedTrip trip, List<Row>? rows, ImportReport report)
    {
        if (rows is null || rows.Count < 2)
        {
            report.Skip("trip with fewer than two stop_times", trip.Id);
            return trip;
        }
        rows.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        if (rows[0].Departure is null || rows[^1].Arrival is null)
        {
            report.Skip("trip whose first or last stop has no time", trip.Id);
            return trip;
        }
        var n = rows.Count;
        var arr = new int[n];
        var dep = new int[n];
        var stops = new int[n];
        var lastTimed = 0;
        for (var i = 0; i < n; i++)
        {
            stops[i] = rows[i].Stop;
            if (rows[i].Arrival is null)
            {
                continue;
            }
            arr[i] = rows[i].Arrival!.Value;
            dep[i] = rows[i].Departure!.Value;
            // Interpolate the untimed stops between the previous timed stop and this one.
            for (var k = lastTimed + 1; k < i; k++)
            {
                arr[k] = dep[k] = dep[lastTimed] + (int)((long)(arr[i] - dep[lastTimed]) * (k - lastTimed) / (i - lastTimed));
            }
            lastTimed = i;
        }
        for (var i = 0; i < n; i++)
        {
            if (dep[i] < arr[i] || (i > 0 && arr[i] < dep[i - 1]))
            {
                report.Skip("trip whose times go backwards", trip.Id);
                return trip with { Stops = [] };
            }
        }
        var restrictions = rows.Select(r => r.Restriction).ToArray();
        return trip with
        {
            Stops = stops,
            Arrivals = arr,
            Departures = dep,
            Restrictions = restrictions.Any(r => r != StopRestriction.None) ? restrictions : null,
        };
    }
}
