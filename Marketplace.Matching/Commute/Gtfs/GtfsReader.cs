using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>Reads a GTFS zip into a <see cref="GtfsFeed"/>. Structural faults (missing required file
/// or column, malformed time, a stop_time naming an unknown stop or trip) throw
/// <see cref="GtfsImportException"/>; things a rider would never notice (station entrances without
/// coordinates, trips of unknown services, single-stop trips) are skipped and reported.</summary>
public static class GtfsReader
{
    /// <summary>The message when the upload is not a zip archive at all.</summary>
    public const string NotAZip = "the feed is not a readable zip archive";

    /// <summary>Unpacked size allowed for stop_times.txt. The whole of Sweden's feed is about this
    /// size, and the reader holds a file as one string, which .NET caps at about 1 G characters.</summary>
    public const long MaxStopTimesBytes = 1L << 30;

    /// <summary>Unpacked size allowed for every other file: Sweden's stops.txt is about 5 MB, so a
    /// larger one is a mistake or a zip bomb, and reading it would only exhaust memory.</summary>
    public const long MaxOtherFileBytes = 64L << 20;

    public static GtfsFeed Read(string zipPath)
    {
        using var stream = File.OpenRead(zipPath);
        return Read(stream);
    }

    public static GtfsFeed Read(Stream zip)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IOException)
        {
            // A file too short to hold a zip directory ends in ArgumentOutOfRangeException, not
            // InvalidDataException; to the admin both are "this is not a zip".
            throw new GtfsImportException(NotAZip, e);
        }
        using (archive)
        {
            var feed = new GtfsFeed();
            ReadAgencies(Optional(archive, "agency.txt"), feed);
            var stops = ReadStops(Required(archive, "stops.txt"), feed);
            var routes = ReadRoutes(Required(archive, "routes.txt"), feed);
            var services = GtfsCalendar.Read(Optional(archive, "calendar.txt"), Optional(archive, "calendar_dates.txt"), feed);
            var trips = ReadTrips(Required(archive, "trips.txt"), routes, services, feed);
            GtfsStopTimes.Read(Required(archive, "stop_times.txt"), stops, trips, feed);
            ReadTransfers(Optional(archive, "transfers.txt"), stops, feed);
            if (Optional(archive, "frequencies.txt") is { RowCount: > 0 } frequencies)
            {
                // Headway-based service would need trips expanded per headway; say so instead of guessing.
                feed.Report.Skip("frequencies.txt rows not expanded (only the template trip times are used)", $"{frequencies.RowCount} rows");
            }
            return feed;
        }
    }

    private static CsvTable Required(ZipArchive archive, string name) =>
        Optional(archive, name) ?? throw new GtfsImportException(name, 0, "required file is missing from the feed");

    private static CsvTable? Optional(ZipArchive archive, string name)
    {
        // Some exporters put the files in a folder inside the zip; macOS adds __MACOSX/ copies.
        var entry = archive.Entries.FirstOrDefault(e => e.FullName == name)
            ?? archive.Entries.FirstOrDefault(e => e.Name == name && !e.FullName.StartsWith("__MACOSX", StringComparison.Ordinal));
        if (entry is null)
        {
            return null;
        }
        var limit = name == "stop_times.txt" ? MaxStopTimesBytes : MaxOtherFileBytes;
        // The declared size is checked first (cheap, and what an honest zip says); the bounded
        // stream stops a zip whose entries lie about their size before memory runs out.
        if (entry.Length > limit)
        {
            throw TooLarge(name);
        }
        using var reader = new StreamReader(new BoundedReadStream(entry.Open(), limit, () => TooLarge(name)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return CsvTable.Parse(name, reader);
    }

    /// <summary>A fixed text (no numbers in it) so the admin page can show it in the admin's language.</summary>
    public const string TooLargeProblem = "unpacked, the file is larger than this import accepts (64 MB; 1 GB for stop_times.txt)";

    private static GtfsImportException TooLarge(string name) => new(name, 0, TooLargeProblem);

    private static void ReadAgencies(CsvTable? agency, GtfsFeed feed)
    {
        if (agency is null)
        {
            return;
        }
        var name = agency.Column("agency_name");
        foreach (var row in agency.Rows())
        {
            var n = row.Get(name);
            if (!feed.Agencies.Contains(n))
            {
                feed.Agencies.Add(n);
            }
        }
    }

    private static Dictionary<string, int> ReadStops(CsvTable table, GtfsFeed feed)
    {
        var id = table.Column("stop_id");
        var name = table.OptionalColumn("stop_name");
        var lat = table.Column("stop_lat");
        var lon = table.Column("stop_lon");
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var stopId = row.Get(id);
            if (stopId.Length == 0)
            {
                throw row.Error("stop_id is empty");
            }
            if ((row.Get(lat).Length > 0 && !double.TryParse(row.Get(lat), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                || (row.Get(lon).Length > 0 && !double.TryParse(row.Get(lon), NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            {
                // A coordinate that is there but not a number is a broken row, not a stop without
                // a position: name this line, or the error surfaces later as "unknown stop_id"
                // in stop_times.txt, far from the cause.
                throw row.Error("stop_lat or stop_lon is not a number");
            }
            if (!double.TryParse(row.Get(lat), NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
                || !double.TryParse(row.Get(lon), NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
                || la is < -90 or > 90 || lo is < -180 or > 180)
            {
                // Entrances, generic nodes and boarding areas may lack coordinates; no trip stops there.
                feed.Report.Skip("stop without usable coordinates", $"stops.txt line {row.Line} ({stopId})");
                continue;
            }
            if (!index.TryAdd(stopId, feed.Stops.Count))
            {
                throw row.Error("duplicate stop_id '{0}'", stopId);
            }
            feed.Stops.Add(new FeedStop(stopId, row.Get(name), la, lo));
        }
        return index;
    }

    private static Dictionary<string, int> ReadRoutes(CsvTable table, GtfsFeed feed)
    {
        var id = table.Column("route_id");
        var agency = table.OptionalColumn("agency_id");
        var shortName = table.OptionalColumn("route_short_name");
        var longName = table.OptionalColumn("route_long_name");
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var routeId = row.Get(id);
            if (!index.TryAdd(routeId, feed.Routes.Count))
            {
                throw row.Error("duplicate route_id '{0}'", routeId);
            }
            var name = row.Get(shortName).Length > 0 ? row.Get(shortName) : row.Get(longName);
            feed.Routes.Add(new FeedRoute(routeId, row.Get(agency), name));
        }
        return index;
    }

    private static Dictionary<string, int> ReadTrips(CsvTable table, Dictionary<string, int> routes,
        Dictionary<string, int> services, GtfsFeed feed)
    {
        var id = table.Column("trip_id");
        var route = table.Column("route_id");
        var service = table.Column("service_id");
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var tripId = row.Get(id);
            if (index.ContainsKey(tripId))
            {
                throw row.Error("duplicate trip_id '{0}'", tripId);
            }
            if (!routes.TryGetValue(row.Get(route), out var r))
            {
                throw row.Error("trip '{0}' references unknown route_id '{1}'", tripId, row.Get(route));
            }
            if (!services.TryGetValue(row.Get(service), out var s))
            {
                // A service with no calendar entry never runs: harmless, but worth telling the admin.
                feed.Report.Skip("trip with a service_id missing from the calendar", $"trips.txt line {row.Line} ({tripId})");
                index[tripId] = -1;
                continue;
            }
            index[tripId] = feed.Trips.Count;
            feed.Trips.Add(new FeedTrip(tripId, r, s, [], [], []));
        }
        return index;
    }

    private static void ReadTransfers(CsvTable? table, Dictionary<string, int> stops, GtfsFeed feed)
    {
        if (table is null)
        {
            return;
        }
        var from = table.Column("from_stop_id");
        var to = table.Column("to_stop_id");
        var type = table.OptionalColumn("transfer_type");
        var min = table.OptionalColumn("min_transfer_time");
        foreach (var row in table.Rows())
        {
            if (row.Get(type) == "3")
            {
                feed.Report.Skip("transfer marked impossible (type 3), not modelled", $"transfers.txt line {row.Line}");
                continue;
            }
            if (!stops.TryGetValue(row.Get(from), out var f) || !stops.TryGetValue(row.Get(to), out var t))
            {
                feed.Report.Skip("transfer between unknown stops", $"transfers.txt line {row.Line}");
                continue;
            }
            var seconds = int.TryParse(row.Get(min), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1;
            feed.Transfers.Add(new FeedTransfer(f, t, seconds));
        }
    }
}
