using System.Text.Json;

namespace Marketplace.Matching.Languages;

/// <summary>Maps SFI courses and JobTech language levels onto CEFR. The mapping is data (embedded
/// language-levels.json, or a municipality's own copy through <see cref="Parse"/>), not code.</summary>
public sealed class LanguageLevelMapping
{
    private static readonly Lazy<LanguageLevelMapping> Shared = new(() =>
    {
        using var s = Taxonomy.EmbeddedResources.Open("language-levels.json");
        return Parse(s);
    });

    private readonly Dictionary<string, CefrLevel> _sfi;
    private readonly Dictionary<string, CefrLevel> _jobTech;

    public LanguageLevelMapping(IReadOnlyDictionary<string, CefrLevel> sfiCourses, IReadOnlyDictionary<string, CefrLevel> jobTechLevels)
    {
        _sfi = new Dictionary<string, CefrLevel>(sfiCourses, StringComparer.OrdinalIgnoreCase);
        _jobTech = new Dictionary<string, CefrLevel>(jobTechLevels, StringComparer.OrdinalIgnoreCase);
    }

    public static LanguageLevelMapping Default => Shared.Value;

    public static LanguageLevelMapping Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        static Dictionary<string, CefrLevel> Read(JsonElement root, string name, string key) =>
            root.GetProperty(name).EnumerateArray().ToDictionary(
                e => e.GetProperty(key).GetString()!,
                e => Enum.Parse<CefrLevel>(e.GetProperty("level").GetString()!));
        return new LanguageLevelMapping(Read(doc.RootElement, "sfiCourses", "course"), Read(doc.RootElement, "jobTech", "label"));
    }

    /// <summary>SFI kurs A–D. A completed course counts at its level. A course being studied counts at
    /// the level just below its own, with <paramref name="progressPercent"/> toward the course's level.</summary>
    public LanguageLevel FromSfi(string course, bool completed, int progressPercent = 0)
    {
        if (!_sfi.TryGetValue(course.Trim(), out var level))
        {
            throw new ArgumentException($"Unknown SFI course '{course}'.", nameof(course));
        }
        return completed ? LanguageLevel.Create(level) : LanguageLevel.Create(level - 1, progressPercent);
    }

    /// <summary>JobTech's Lite / Bra / Mycket bra / Flytande.</summary>
    public LanguageLevel FromJobTech(string label) =>
        _jobTech.TryGetValue(label.Trim(), out var level)
            ? LanguageLevel.Create(level)
            : throw new ArgumentException($"Unknown JobTech language level '{label}'.", nameof(label));
}
