using System.Globalization;
using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Taxonomy;

public sealed record PostcodeEntry(string Postcode, string Place, string MunicipalityCode, GeoPoint Point);

/// <summary>Swedish postcodes with their locality-centroid point (many postcodes share one point).</summary>
public sealed class Postcodes
{
    private readonly Dictionary<string, PostcodeEntry> _byCode;

    public Postcodes(IEnumerable<PostcodeEntry> entries)
    {
        _byCode = entries.ToDictionary(e => e.Postcode, StringComparer.Ordinal);
        All = _byCode.Values.OrderBy(e => e.Postcode, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<PostcodeEntry> All { get; }

    /// <summary>Reads the tab-separated file: postcode, place, municipality code, lat, lon (with a header).</summary>
    public static Postcodes Parse(TextReader reader)
    {
        var entries = new List<PostcodeEntry>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var p = line.Split('\t');
            entries.Add(new PostcodeEntry(p[0], p[1], p[2],
                new GeoPoint(double.Parse(p[3], CultureInfo.InvariantCulture), double.Parse(p[4], CultureInfo.InvariantCulture))));
        }
        return new Postcodes(entries);
    }

    /// <summary>"392 31", " 39231 " and "392-31" all become "39231".</summary>
    public static string Normalise(string postcode) =>
        new(postcode.Where(char.IsAsciiDigit).ToArray());

    public PostcodeEntry? Find(string postcode) =>
        _byCode.TryGetValue(Normalise(postcode), out var e) ? e : null;

    public GeoPoint? PointOf(string postcode) => Find(postcode)?.Point;
}
