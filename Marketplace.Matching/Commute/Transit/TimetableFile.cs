using Marketplace.Matching.Commute.Gtfs;

namespace Marketplace.Matching.Commute.Transit;

/// <summary>Binary save/load of a <see cref="Timetable"/> so start-up does not re-parse the zip.
/// Layout: magic, format version, then each array length-prefixed. Bump <see cref="FormatVersion"/>
/// whenever the layout changes; an older file is then rejected and the feed re-imported.</summary>
public static class TimetableFile
{
    private const int Magic = 0x5454504D; // "MPTT"
    public const int FormatVersion = 2;

    public static void Save(Timetable tt, string path)
    {
        using var stream = File.Create(path);
        Save(tt, stream);
    }

    public static Timetable Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static void Save(Timetable tt, Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(tt.Version);
        Strings(w, tt.Agencies);
        Strings(w, tt.StopIds);
        Strings(w, tt.StopNames);
        Doubles(w, tt.StopLat);
        Doubles(w, tt.StopLon);
        Ints(w, tt.ChangeSeconds);
        Ints(w, tt.FootStart);
        Ints(w, tt.FootFrom);
        Ints(w, tt.FootSeconds);
        Strings(w, tt.RouteIds);
        Strings(w, tt.RouteNames);
        Strings(w, tt.TripIds);
        Ints(w, tt.TripRoute);
        Ints(w, tt.TripService);
        w.Write(tt.TripGenerated.Length);
        foreach (var g in tt.TripGenerated) w.Write(g);
        w.Write(tt.Services.Length);
        foreach (var s in tt.Services)
        {
            w.Write(s.Id);
            w.Write(s.FirstDay.DayNumber);
            w.Write(s.Runs.Length);
            foreach (var r in s.Runs) w.Write(r);
        }
        Connections(w, tt.Connections);
        Connections(w, tt.Overnight);
    }

    public static Timetable Load(Stream stream)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (r.ReadInt32() != Magic) throw new InvalidDataException("not a Marketplace timetable file");
        var version = r.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"timetable file format {version}, this build reads {FormatVersion}: re-import the feed");
        }
        var tt = new Timetable
        {
            Version = r.ReadInt64(),
            Agencies = Strings(r),
            StopIds = Strings(r),
            StopNames = Strings(r),
            StopLat = Doubles(r),
            StopLon = Doubles(r),
            ChangeSeconds = Ints(r),
            FootStart = Ints(r),
            FootFrom = Ints(r),
            FootSeconds = Ints(r),
            RouteIds = Strings(r),
            RouteNames = Strings(r),
            TripIds = Strings(r),
            TripRoute = Ints(r),
            TripService = Ints(r),
        };
        tt.TripGenerated = new bool[r.ReadInt32()];
        for (var i = 0; i < tt.TripGenerated.Length; i++) tt.TripGenerated[i] = r.ReadBoolean();
        tt.Services = new FeedService[r.ReadInt32()];
        for (var i = 0; i < tt.Services.Length; i++)
        {
            var id = r.ReadString();
            var first = DateOnly.FromDayNumber(r.ReadInt32());
            var runs = new bool[r.ReadInt32()];
            for (var k = 0; k < runs.Length; k++) runs[k] = r.ReadBoolean();
            tt.Services[i] = new FeedService(id, first, runs);
        }
        tt.Connections = Connections(r);
        tt.Overnight = Connections(r);
        return tt;
    }

    private static void Strings(BinaryWriter w, string[] a)
    {
        w.Write(a.Length);
        foreach (var s in a) w.Write(s);
    }

    private static string[] Strings(BinaryReader r)
    {
        var a = new string[r.ReadInt32()];
        for (var i = 0; i < a.Length; i++) a[i] = r.ReadString();
        return a;
    }

    private static void Doubles(BinaryWriter w, double[] a) => Blittable(w, a);

    private static double[] Doubles(BinaryReader r) => Blittable<double>(r);

    private static void Ints(BinaryWriter w, int[] a) => Blittable(w, a);

    private static int[] Ints(BinaryReader r) => Blittable<int>(r);

    private static void Connections(BinaryWriter w, Connection[] a) => Blittable(w, a);

    private static Connection[] Connections(BinaryReader r) => Blittable<Connection>(r);

    /// <summary>Arrays of plain values are written as raw bytes: loading 2 M connections is one read.</summary>
    private static void Blittable<T>(BinaryWriter w, T[] a) where T : unmanaged
    {
        w.Write(a.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan()));
    }

    private static T[] Blittable<T>(BinaryReader r) where T : unmanaged
    {
        var a = new T[r.ReadInt32()];
        r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan()));
        return a;
    }
}
