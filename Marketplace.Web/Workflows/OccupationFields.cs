using Marketplace.Matching.Taxonomy;

namespace Marketplace.Web.Workflows;

/// <summary>JobTech's 21 occupation fields (yrkesområden), from the shipped taxonomy snapshot: what
/// a placement may be filed under and what a candidate may name as a whole field of interest.</summary>
public static class OccupationFields
{
    private static readonly Dictionary<string, string> Labels =
        TaxonomyData.Default.OccupationFields.ToDictionary(f => f.Id, f => f.Label, StringComparer.Ordinal);

    /// <summary>Sorted by label as Swedish readers expect (the labels are the taxonomy's Swedish ones).</summary>
    public static IReadOnlyList<(string Id, string Label)> All { get; } =
        Labels.OrderBy(kv => kv.Value, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false))
            .Select(kv => (kv.Key, kv.Value)).ToList();

    public static bool IsField(string id) => Labels.ContainsKey(id);

    public static string? Label(string id) => Labels.GetValueOrDefault(id);

    /// <summary>How a field reads among the interests, beside occupation groups, in the reader's language.</summary>
    public static string InterestLabel(Microsoft.Extensions.Localization.IStringLocalizer l, string id) =>
        l["{0} (the whole occupation field)", Label(id) ?? id];
}
