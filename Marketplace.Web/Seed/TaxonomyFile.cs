using System.Globalization;
using System.Text.Json;

namespace Marketplace.Web.Seed;

/// <summary>The reference files the repository ships in Marketplace.Matching/Resources (see NOTICE),
/// read for the database's reference tables and the demo seed.</summary>
public sealed class TaxonomyFile
{
    public required List<GroupRow> OccupationGroups { get; init; }
    public required List<LabelRow> Skills { get; init; }
    public required List<CodeRow> Languages { get; init; }
    public required List<CodeRow> DrivingLicences { get; init; }
    public required List<CodeRow> Municipalities { get; init; }

    public sealed record GroupRow(string Id, string Ssyk, string Label, List<string> Skills);
    public sealed record LabelRow(string Id, string Label);
    public sealed record CodeRow(string Id, string Code, string Label);
    public sealed record PostcodeRow(string Code, string Place, string MunicipalityCode, double Lat, double Lon);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<TaxonomyFile> Shared = new(Load);
    private static readonly Lazy<IReadOnlyList<PostcodeRow>> SharedPostcodes = new(LoadPostcodes);

    public static TaxonomyFile Instance => Shared.Value;
    public static IReadOnlyList<PostcodeRow> Postcodes => SharedPostcodes.Value;

    private static Stream Open(string name) =>
        typeof(Marketplace.Matching.Geo.GeoPoint).Assembly.GetManifestResourceStream($"Marketplace.Matching.Resources.{name}")
        ?? throw new InvalidOperationException($"Embedded resource {name} is missing from Marketplace.Matching.");

    private static TaxonomyFile Load()
    {
        using var stream = Open("taxonomy.json");
        return JsonSerializer.Deserialize<TaxonomyFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("taxonomy.json is empty.");
    }

    private static List<PostcodeRow> LoadPostcodes()
    {
        using var reader = new StreamReader(Open("postcodes.tsv"));
        var rows = new List<PostcodeRow>(19_000);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            rows.Add(new PostcodeRow(f[0], f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
