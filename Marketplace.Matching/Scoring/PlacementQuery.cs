using Marketplace.Matching.Documents;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Scoring;

/// <summary>A placement prepared for scoring many candidates: the skill sets, licence mask and
/// Swedish tolerance are computed once. Both the index and the brute-force scorer use it. Each list
/// is distinct and in ordinal order, so an explanation lists skills and languages in the same order
/// however the placement was entered.</summary>
public sealed class PlacementQuery
{
    public PlacementQuery(PlacementDocument placement, TaxonomyData taxonomy)
    {
        Placement = placement;
        Required = placement.RequiredSkills.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        NiceToHave = placement.NiceToHaveSkills.Distinct(StringComparer.Ordinal)
            .Where(s => !Required.Contains(s, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        RequiredSet = Required.ToHashSet(StringComparer.Ordinal);
        NiceSet = NiceToHave.ToHashSet(StringComparer.Ordinal);
        // Related skills earn partial credit only when they are not already counted as requested.
        Related = taxonomy.RelatedSkills(placement.GroupId)
            .Where(s => !RequiredSet.Contains(s) && !NiceSet.Contains(s)).Order(StringComparer.Ordinal).ToArray();
        RelatedSet = Related.ToHashSet(StringComparer.Ordinal);
        Useful = placement.UsefulLanguages.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        UsefulSet = Useful.ToHashSet(StringComparer.Ordinal);
        LicenceMask = placement.RequiredLicence is null ? 0 : DrivingLicences.SatisfyingMask(placement.RequiredLicence);
        SwedishTolerance = placement.LanguageSupport ? 1 : 0;
        MinSwedishAccepted = Math.Max(0, (int)placement.MinSwedish - SwedishTolerance);
    }

    public PlacementDocument Placement { get; }
    public string[] Required { get; }
    public string[] NiceToHave { get; }
    public string[] Related { get; }
    public string[] Useful { get; }
    public IReadOnlySet<string> RequiredSet { get; }
    public IReadOnlySet<string> NiceSet { get; }
    public IReadOnlySet<string> RelatedSet { get; }
    public IReadOnlySet<string> UsefulSet { get; }

    /// <summary>Held-licence mask that satisfies the requirement; 0 when no licence is required.</summary>
    public int LicenceMask { get; }
    public int SwedishTolerance { get; }

    /// <summary>Lowest CEFR ordinal that passes the Swedish constraint.</summary>
    public int MinSwedishAccepted { get; }

    public int StartDay => Placement.StartDate.DayNumber;
}
