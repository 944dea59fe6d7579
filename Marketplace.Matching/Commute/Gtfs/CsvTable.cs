using System.Text;

namespace Marketplace.Matching.Commute.Gtfs;

/// <summary>A tiny RFC 4180 reader for one GTFS file: quoted fields (with "" escapes and
/// embedded commas or line breaks), CRLF or LF, an optional UTF-8 BOM. Written by hand because no
/// GTFS/CSV library is part of the engine (ARCHITECTURE.md) and GTFS needs nothing more.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<(int Line, string[] Fields)> _rows;

    private CsvTable(string fileName, Dictionary<string, int> columns, List<(int, string[])> rows)
    {
        FileName = fileName;
        _columns = columns;
        _rows = rows;
    }

    public string FileName { get; }

    public int RowCount => _rows.Count;

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>Throws a <see cref="GtfsImportException"/> naming the file when a required column is missing.</summary>
    public int Column(string name) => _columns.TryGetValue(name, out var i)
        ? i
        : throw new GtfsImportException(FileName, 1, "required column '{0}' is missing", name);

    /// <summary>-1 when the optional column is absent.</summary>
    public int OptionalColumn(string name) => _columns.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Rows with their 1-based line number in the file (the header is line 1).</summary>
    public IEnumerable<CsvRow> Rows()
    {
        foreach (var (line, fields) in _rows)
        {
            yield return new CsvRow(FileName, line, fields);
        }
    }

    public static CsvTable Parse(string fileName, TextReader reader)
    {
        var text = reader.ReadToEnd();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var records = ParseRecords(fileName, text, start);
        if (records.Count == 0)
        {
            throw new GtfsImportException(fileName, 1, "file is empty (no header row)");
        }
        var header = records[0].Fields;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }
        records.RemoveAt(0);
        return new CsvTable(fileName, columns, records);
    }

    private static List<(int Line, string[] Fields)> ParseRecords(string fileName, string text, int pos)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        for (; pos < text.Length; pos++)
        {
            var ch = text[pos];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (pos + 1 < text.Length && text[pos + 1] == '"') { field.Append('"'); pos++; }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }
        if (inQuotes)
        {
            throw new GtfsImportException(fileName, recordLine, "a quoted field is never closed");
        }
        EndRecord();
        return records;

        void EndRecord()
        {
            if (fieldStarted || fields.Count > 0)
            {
                fields.Add(field.ToString());
                // A line of only commas/whitespace is noise some exporters leave at the end.
                if (fields.Exists(f => f.Length > 0))
                {
                    records.Add((recordLine, fields.ToArray()));
                }
            }
            fields.Clear();
            field.Clear();
            fieldStarted = false;
        }
    }
}

/// <summary>One data row; <see cref="Get"/> returns "" for a column the row is too short for.</summary>
public readonly record struct CsvRow(string FileName, int Line, string[] Fields)
{
    public string Get(int column) => column >= 0 && column < Fields.Length ? Fields[column].Trim() : "";

    public GtfsImportException Error(string problem, params string[] values) => new(FileName, Line, problem, values);
}
