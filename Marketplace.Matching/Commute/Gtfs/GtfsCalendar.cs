namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>Turns calendar.txt (weekly pattern over a period) and calendar_dates.txt (added = 1,
/// removed = 2) into one day-flag array per service. Either file may be absent, not both.</summary>
internal static class GtfsCalendar
{
    private static readonly string[] DayColumns = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static Dictionary<string, int> Read(CsvTable? calendar, CsvTable? dates, GtfsFeed feed)
    {
        if (calendar is null && dates is null)
        {
            throw new GtfsImportException("calendar.txt", 0, "neither calendar.txt nor calendar_dates.txt is present");
        }
        var weekly = new Dictionary<string, (DateOnly Start, DateOnly End, bool[] Days)>(StringComparer.Ordinal);
        if (calendar is not null)
        {
            var id = calendar.Column("service_id");
            var dayCols = DayColumns.Select(calendar.Column).ToArray();
            var start = calendar.Column("start_date");
            var end = calendar.Column("end_date");
            foreach (var row in calendar.Rows())
            {
                var days = dayCols.Select(c => row.Get(c) == "1").ToArray();
                var s = GtfsTime.ParseDate(row, start);
                var e = GtfsTime.ParseDate(row, end);
                if (e < s)
                {
                    throw row.Error("end_date {0} is before start_date {1}", row.Get(end), row.Get(start));
                }
                weekly[row.Get(id)] = (s, e, days);
            }
        }
        var exceptions = new Dictionary<string, List<(DateOnly Day, bool Runs)>>(StringComparer.Ordinal);
        if (dates is not null)
        {
            var id = dates.Column("service_id");
            var date = dates.Column("date");
            var type = dates.Column("exception_type");
            foreach (var row in dates.Rows())
            {
                var kind = row.Get(type);
                if (kind is not ("1" or "2"))
                {
                    throw row.Error("exception_type '{0}' must be 1 (added) or 2 (removed)", kind);
                }
                var key = row.Get(id);
                if (!exceptions.TryGetValue(key, out var list))
                {
                    exceptions[key] = list = [];
                }
                list.Add((GtfsTime.ParseDate(row, date), kind == "1"));
            }
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var serviceId in weekly.Keys.Concat(exceptions.Keys).Distinct(StringComparer.Ordinal))
        {
            index[serviceId] = feed.Services.Count;
            feed.Services.Add(Build(serviceId, weekly, exceptions));
        }
        return index;
    }

    private static FeedService Build(string id,
        Dictionary<string, (DateOnly Start, DateOnly End, bool[] Days)> weekly,
        Dictionary<string, List<(DateOnly Day, bool Runs)>> exceptions)
    {
        var hasWeekly = weekly.TryGetValue(id, out var w);
        var ex = exceptions.GetValueOrDefault(id) ?? [];
        var first = hasWeekly ? w.Start : DateOnly.MaxValue;
        var last = hasWeekly ? w.End : DateOnly.MinValue;
        foreach (var (day, _) in ex)
        {
            first = day < first ? day : first;
            last = day > last ? day : last;
        }
        var runs = new bool[last.DayNumber - first.DayNumber + 1];
        if (hasWeekly)
        {
            for (var d = w.Start; d <= w.End; d = d.AddDays(1))
            {
                // DayOfWeek counts from Sunday = 0; calendar.txt columns start on Monday.
                runs[d.DayNumber - first.DayNumber] = w.Days[((int)d.DayOfWeek + 6) % 7];
            }
        }
        foreach (var (day, on) in ex)
        {
            runs[day.DayNumber - first.DayNumber] = on;
        }
        return new FeedService(id, first, runs);
    }
}
