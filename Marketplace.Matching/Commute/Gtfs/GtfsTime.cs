using System.Globalization;

namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>GTFS times are H:MM:SS after "noon minus 12 h" of the service day and may pass 24:00
/// (25:10:00 is 01:10 the next morning on a trip belonging to the previous service day).</summary>
public static class GtfsTime
{
    /// <summary>Seconds after midnight, or null for an empty field; throws on anything malformed.</summary>
    public static int? Parse(CsvRow row, int column, string what)
    {
        var s = row.Get(column);
        if (s.Length == 0)
        {
            return null;
        }
        var parts = s.Split(':');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sec)
            || parts[1].Length != 2 || parts[2].Length != 2
            || m > 59 || sec > 59 || h > 47)
        {
            throw row.Error("bad {0} '{1}' (expected H:MM:SS, minutes and seconds below 60, hours below 48)", what, s);
        }
        return (h * 3600) + (m * 60) + sec;
    }

    public static string Format(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");

    public static DateOnly ParseDate(CsvRow row, int column) =>
        DateOnly.TryParseExact(row.Get(column), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw row.Error("bad date '{0}' (expected YYYYMMDD)", row.Get(column));
}
