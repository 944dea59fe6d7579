using System.IO.Compression;
using System.Text;
using Marketplace.Matching.Commute.Gtfs;
using Marketplace.Matching.Commute.Transit;

namespace Marketplace.Matching.Tests.Commute;

/// <summary>The two real feeds (imported once per test run; timetables are immutable) and a
/// builder for small hand-written zips.</summary>
internal static class TestFeeds
{
    private static readonly Lazy<GtfsImportResult> CartaImport = new(() => GtfsImporter.Import(PathOf("carta-chattanooga-gtfs.zip")));
    private static readonly Lazy<GtfsImportResult> KalmarImport = new(() => GtfsImporter.Import(PathOf("kalmar-gtfs.zip")));

    public static Timetable Carta => CartaImport.Value.Timetable;

    public static Timetable Kalmar => KalmarImport.Value.Timetable;

    public static ImportReport KalmarReport => KalmarImport.Value.Report;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    public static int Stop(this Timetable tt, string id) => Array.IndexOf(tt.StopIds, id) is var i and >= 0
        ? i
        : throw new ArgumentException($"no stop {id}");

    public static int Seconds(int h, int m, int s = 0) => (h * 3600) + (m * 60) + s;

    /// <summary>A zip with the given files; a minimal valid feed is <see cref="Minimal"/>.</summary>
    public static MemoryStream Zip(IReadOnlyDictionary<string, string> files)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(true));
                w.Write(text);
            }
        }
        ms.Position = 0;
        return ms;
    }

    /// <summary>Line A–B–C (about 1.1 km apart each, too far for a footpath) and a stop D off the
    /// line; trip T1 weekdays, T2 Saturdays, T3 a late weekday trip past midnight.</summary>
    public static Dictionary<string, string> Minimal() => new()
    {
        ["agency.txt"] = "agency_id,agency_name,agency_url,agency_timezone\nA1,Test Buses,http://x,Europe/Stockholm\n",
        ["stops.txt"] = "stop_id,stop_name,stop_lat,stop_lon\nA,\"Alpha, north\",56.600,16.300\nB,Beta,56.610,16.300\nC,Gamma,56.620,16.300\nD,Delta,56.700,16.500\n",
        ["routes.txt"] = "route_id,agency_id,route_short_name,route_long_name,route_type\nR1,A1,1,,3\n",
        ["calendar.txt"] = "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20260105,20260131\nSA,0,0,0,0,0,1,0,20260105,20260131\n",
        ["calendar_dates.txt"] = "service_id,date,exception_type\nWK,20260106,2\nSA,20260107,1\n",
        ["trips.txt"] = "route_id,service_id,trip_id\nR1,WK,T1\nR1,SA,T2\nR1,WK,T3\n",
        ["stop_times.txt"] = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,07:40:00,07:40:00,A,1\nT1,07:50:00,07:51:00,B,2\nT1,08:00:00,08:00:00,C,3\n"
            + "T2,09:40:00,09:40:00,A,1\nT2,09:50:00,09:50:00,B,2\nT2,10:00:00,10:00:00,C,3\n"
            + "T3,24:50:00,24:50:00,A,1\nT3,25:00:00,25:00:00,B,2\nT3,25:10:00,25:10:00,C,3\n",
    };
}
