namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>The feed cannot be used: the message names the file, the line and the problem so an
/// admin can fix the feed, and the caller keeps serving the previous timetable.</summary>
public sealed class GtfsImportException : Exception
{
    /// <param name="problem">English, with {0}, {1} … for the values from the feed, so a reader can
    /// translate the text (<see cref="ProblemTemplate"/>) and put the feed's ids back in unchanged.</param>
    public GtfsImportException(string fileName, int line, string problem, params string[] values)
        : base(Locate(fileName, line, Fill(problem, values)))
    {
        FileName = fileName;
        Line = line;
        ProblemTemplate = problem;
        ProblemValues = values;
        Problem = Fill(problem, values);
    }

    private static string Fill(string template, string[] values) =>
        values.Length == 0 ? template : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, values);

    private static string Locate(string fileName, int line, string problem) =>
        line > 0 ? $"{fileName} line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {problem}" : $"{fileName}: {problem}";

    public GtfsImportException() { }

    public GtfsImportException(string message) : base(message) { }

    public GtfsImportException(string message, Exception innerException) : base(message, innerException) { }

    public string FileName { get; } = "";

    public int Line { get; }

    /// <summary>The problem with the feed's values filled in.</summary>
    public string Problem { get; } = "";

    /// <summary>The problem as a fixed English text with {0} … placeholders (a resource key).</summary>
    public string ProblemTemplate { get; } = "";

    /// <summary>The feed's own values for the placeholders: ids and numbers as written in the file.</summary>
    public IReadOnlyList<string> ProblemValues { get; } = [];
}

/// <summary>What an import left out and why: counts per reason with the first few examples, so an
/// admin can judge whether the skipped part matters.</summary>
public sealed class ImportReport
{
    private const int MaxExamples = 5;
    private readonly Dictionary<string, SkippedItems> _skipped = new(StringComparer.Ordinal);

    public IReadOnlyCollection<SkippedItems> Skipped => _skipped.Values;

    public int SkippedCount(string reason) => _skipped.TryGetValue(reason, out var s) ? s.Count : 0;

    public void Skip(string reason, string example)
    {
        if (!_skipped.TryGetValue(reason, out var s))
        {
            s = new SkippedItems(reason);
            _skipped.Add(reason, s);
        }
        s.Count++;
        if (s.Examples.Count < MaxExamples)
        {
            s.Examples.Add(example);
        }
    }

    public override string ToString() => _skipped.Count == 0
        ? "nothing skipped"
        : string.Join("; ", _skipped.Values.Select(s => $"{s.Reason}: {s.Count} (e.g. {string.Join(", ", s.Examples)})"));
}

public sealed class SkippedItems(string reason)
{
    public string Reason { get; } = reason;

    public int Count { get; set; }

    public List<string> Examples { get; } = [];
}
