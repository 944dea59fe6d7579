using System.Text.Json;

namespace Marketplace.Matching.Taxonomy;

public sealed record OccupationGroup(string Id, string Ssyk, string Label, IReadOnlyList<string> Skills);

/// <summary>A concept with a label; <see cref="Code"/> is the legacy code where the taxonomy has one.</summary>
public sealed record Concept(string Id, string? Code, string Label);

/// <summary>JobTech taxonomy (occupation groups with related skills, skills, languages, licences,
/// places) and Swedish postcodes, loaded once from embedded resources.</summary>
public sealed class TaxonomyData
{
    private static readonly Lazy<TaxonomyData> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, OccupationGroup> _groupsById;
    private readonly Dictionary<string, OccupationGroup> _groupsBySsyk;
    private readonly Dictionary<string, Concept> _skills;
    private readonly Dictionary<string, Concept> _languages;
    private readonly Dictionary<string, HashSet<string>> _relatedSkills;

    /// <summary>For tests and for a municipality that ships its own taxonomy snapshot.</summary>
    public TaxonomyData(
        IEnumerable<OccupationGroup> groups,
        IEnumerable<Concept> skills,
        IEnumerable<Concept> languages,
        IEnumerable<Concept> drivingLicences,
        IEnumerable<Concept> occupationFields,
        IEnumerable<Concept> municipalities,
        Postcodes postcodes)
    {
        Groups = groups.ToArray();
        _groupsById = Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _groupsBySsyk = Groups.ToDictionary(g => g.Ssyk, StringComparer.Ordinal);
        _relatedSkills = Groups.ToDictionary(g => g.Id, g => g.Skills.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _skills = skills.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _languages = languages.ToDictionary(s => s.Id, StringComparer.Ordinal);
        DrivingLicenceConcepts = drivingLicences.ToArray();
        OccupationFields = occupationFields.ToArray();
        Municipalities = municipalities.ToArray();
        Postcodes = postcodes;
    }

    /// <summary>The embedded snapshot, parsed on first use.</summary>
    public static TaxonomyData Default => Shared.Value;

    public IReadOnlyList<OccupationGroup> Groups { get; }
    public IReadOnlyCollection<Concept> Skills => _skills.Values;
    public IReadOnlyCollection<Concept> Languages => _languages.Values;
    public IReadOnlyList<Concept> DrivingLicenceConcepts { get; }
    public IReadOnlyList<Concept> OccupationFields { get; }
    public IReadOnlyList<Concept> Municipalities { get; }
    public Postcodes Postcodes { get; }

    public OccupationGroup? GroupById(string conceptId) => _groupsById.GetValueOrDefault(conceptId);
    public OccupationGroup? GroupBySsyk(string ssyk) => _groupsBySsyk.GetValueOrDefault(ssyk);
    public Concept? Skill(string conceptId) => _skills.GetValueOrDefault(conceptId);
    public Concept? Language(string conceptId) => _languages.GetValueOrDefault(conceptId);

    /// <summary>Skills the taxonomy relates to an occupation group (by concept id); empty for an unknown group.</summary>
    public IReadOnlySet<string> RelatedSkills(string groupId) =>
        _relatedSkills.TryGetValue(groupId, out var s) ? s : EmptySet;

    /// <summary>The skill's label, or the id itself when unknown, so an explanation never loses a gap.</summary>
    public string SkillLabel(string conceptId) => Skill(conceptId)?.Label ?? conceptId;

    public string LanguageLabel(string conceptId) => Language(conceptId)?.Label ?? conceptId;

    private static readonly HashSet<string> EmptySet = [];

    public static TaxonomyData Parse(Stream taxonomyJson, TextReader postcodesTsv)
    {
        using var doc = JsonDocument.Parse(taxonomyJson);
        var root = doc.RootElement;
        static Concept[] Concepts(JsonElement root, string name) =>
            root.GetProperty(name).EnumerateArray().Select(e => new Concept(
                e.GetProperty("id").GetString()!,
                e.TryGetProperty("code", out var c) ? c.GetString() : null,
                e.GetProperty("label").GetString()!)).ToArray();
        var groups = root.GetProperty("occupationGroups").EnumerateArray().Select(e => new OccupationGroup(
            e.GetProperty("id").GetString()!,
            e.GetProperty("ssyk").GetString()!,
            e.GetProperty("label").GetString()!,
            e.GetProperty("skills").EnumerateArray().Select(s => s.GetString()!).ToArray())).ToArray();
        return new TaxonomyData(groups, Concepts(root, "skills"), Concepts(root, "languages"),
            Concepts(root, "drivingLicences"), Concepts(root, "occupationFields"), Concepts(root, "municipalities"),
            Postcodes.Parse(postcodesTsv));
    }

    private static TaxonomyData LoadEmbedded()
    {
        using var json = EmbeddedResources.Open("taxonomy.json");
        using var tsv = new StreamReader(EmbeddedResources.Open("postcodes.tsv"));
        return Parse(json, tsv);
    }
}
