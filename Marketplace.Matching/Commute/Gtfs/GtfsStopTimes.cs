using System.Globalization;
using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>stop_times.txt: grouped per trip, ordered by stop_sequence, missing times of
/// non-timepoint stops interpolated by distance between the timed stops around them.</summary>
/// <remarks>By distance, not by position: many feeds time only the ends of a trip (the CARTA feed
/// leaves 80,632 of 85,120 stop times blank), and spreading the time evenly over the stops puts a
/// stop 13.6 km along a 52-minute trip at minute three. The distance is shape_dist_traveled where
/// the feed gives it for every stop of the stretch, otherwise the straight-line distance summed
/// along the trip's stops; position is the last resort when the stops do not move.</remarks>
internal static class GtfsStopTimes
{
    private readonly record struct Row(int Sequence, int Stop, int? Arrival, int? Departure, StopRestriction Restriction, double? ShapeDistance);

    public static void Read(CsvTable table, Dictionary<string, int> stops, Dictionary<string, int> trips, GtfsFeed feed)
    {
        var tripCol = table.Column("trip_id");
        var stopCol = table.Column("stop_id");
        var seqCol = table.Column("stop_sequence");
        var arrCol = table.Column("arrival_time");
        var depCol = table.Column("departure_time");
        var pickupCol = table.OptionalColumn("pickup_type");
        var dropOffCol = table.OptionalColumn("drop_off_type");
        var shapeDistCol = table.OptionalColumn("shape_dist_traveled");
        var perTrip = new List<Row>?[feed.Trips.Count];
        foreach (var row in table.Rows())
        {
            var tripId = row.Get(tripCol);
            if (!trips.TryGetValue(tripId, out var trip))
            {
                throw row.Error("unknown trip_id '{0}'", tripId);
            }
            var stopId = row.Get(stopCol);
            if (!stops.TryGetValue(stopId, out var stop))
            {
                throw row.Error("unknown stop_id '{0}'", stopId);
            }
            if (!int.TryParse(row.Get(seqCol), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                throw row.Error("bad stop_sequence '{0}'", row.Get(seqCol));
            }
            var arr = GtfsTime.Parse(row, arrCol, "arrival_time");
            var dep = GtfsTime.Parse(row, depCol, "departure_time");
            if (trip < 0)
            {
                continue; // trip of an unknown service, already reported
            }
            var restriction = (row.Get(pickupCol) == "1" ? StopRestriction.NoPickup : StopRestriction.None)
                | (row.Get(dropOffCol) == "1" ? StopRestriction.NoDropOff : StopRestriction.None);
            (perTrip[trip] ??= []).Add(new Row(seq, stop, arr ?? dep, dep ?? arr, restriction, ShapeDistance(row.Get(shapeDistCol))));
        }
        for (var t = 0; t < feed.Trips.Count; t++)
        {
            feed.Trips[t] = Complete(feed.Trips[t], perTrip[t], feed.Stops, feed.Report);
        }
        feed.Trips.RemoveAll(t => t.Stops.Length < 2);
    }

    /// <summary>An optional column: blank or unreadable means "not given", and the stretch falls
    /// back to straight-line distance rather than failing the import.</summary>
    private static double? ShapeDistance(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && d >= 0 ? d : null;

    private static FeedTrip Complete(FeedTrip trip, List<Row>? rows, List<FeedStop> feedStops, ImportReport report)
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
            if (i > lastTimed + 1)
            {
                Interpolate(rows, feedStops, lastTimed, i, dep[lastTimed], arr[i], arr, dep);
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

    /// <summary>Times for the untimed stops strictly between <paramref name="from"/> and
    /// <paramref name="to"/>, in proportion to the distance travelled from the timed stop.</summary>
    private static void Interpolate(List<Row> rows, List<FeedStop> feedStops, int from, int to, int start, int end, int[] arr, int[] dep)
    {
        var along = new double[to - from + 1];
        if (!ShapeDistances(rows, from, to, along))
        {
            for (var k = from + 1; k <= to; k++)
            {
                var a = feedStops[rows[k - 1].Stop];
                var b = feedStops[rows[k].Stop];
                along[k - from] = along[k - from - 1] + new GeoPoint(a.Lat, a.Lon).DistanceKm(new GeoPoint(b.Lat, b.Lon));
            }
        }
        var total = along[^1];
        for (var k = from + 1; k < to; k++)
        {
            var share = total > 0 ? along[k - from] / total : (double)(k - from) / (to - from);
            arr[k] = dep[k] = start + (int)Math.Round((end - start) * share, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>shape_dist_traveled relative to the first stop of the stretch, when every stop of it
    /// has one and they never decrease; false otherwise.</summary>
    private static bool ShapeDistances(List<Row> rows, int from, int to, double[] along)
    {
        if (rows[from].ShapeDistance is not { } start)
        {
            return false;
        }
        var previous = start;
        for (var k = from; k <= to; k++)
        {
            if (rows[k].ShapeDistance is not { } d || d < previous)
            {
                return false;
            }
            along[k - from] = d - start;
            previous = d;
        }
        return along[^1] > 0;
    }
}
