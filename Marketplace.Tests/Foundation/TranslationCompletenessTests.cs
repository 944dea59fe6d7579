using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Marketplace.Tests.Foundation;

/// <summary>Every string a person reads exists in Swedish, Arabic and Ukrainian (English is the key
/// itself): every key of the Swedish resources, every literal key a page or the code looks up, and
/// every message a workflow reports, with the same {n} placeholders in each language.</summary>
public sealed partial class TranslationCompletenessTests
{
    private static readonly string[] Languages = ["sv", "ar", "uk"];

    private static string Repo
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("Marketplace.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static Dictionary<string, string> Resources(string language) =>
        XDocument.Load(Path.Combine(Repo, "Marketplace.Web", "Resources", $"SharedResource.{language}.resx")).Root!
            .Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [GeneratedRegex("""\b[Ll]\[\s*"((?:[^"\\]|\\.)+)"\s*[\],]""")]
    private static partial Regex LocalizerLookup();

    // errors.Add(field, "Message.") — the workflows' messages are resource keys the pages translate.
    [GeneratedRegex("""\.Add\([^;]*?,\s*"([A-Z][^"]*[.?!])"\)""")]
    private static partial Regex ReportedMessage();

    private static IEnumerable<(string File, string Key)> UsedKeys()
    {
        var web = Path.Combine(Repo, "Marketplace.Web");
        foreach (var file in Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         // SendGrid's webhook: its messages are read by SendGrid's servers, not by people.
                         && !f.EndsWith("EmailEventsApi.cs", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var matches = LocalizerLookup().Matches(text).Concat(file.EndsWith(".cs", StringComparison.Ordinal) ? ReportedMessage().Matches(text) : []);
            foreach (Match m in matches)
            {
                var key = Regex.Unescape(m.Groups[1].Value);
                if (!key.Contains('{', StringComparison.Ordinal) || Regex.IsMatch(key, @"\{\d\}"))
                {
                    yield return (Path.GetRelativePath(Repo, file), key);
                }
            }
        }
    }

    [Fact]
    public void SwedishKeys_AllTranslatedToArabicAndUkrainian()
    {
        var sv = Resources("sv");
        foreach (var language in new[] { "ar", "uk" })
        {
            var other = Resources(language);
            var missing = sv.Keys.Where(k => !other.ContainsKey(k)).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} keys missing in {language}: {string.Join(" | ", missing.Take(20))}");
        }
    }

    /// <summary>Resource names are compared without case when the resources are built, so "Done"
    /// beside "done" leaves one of them untranslated, silently.</summary>
    [Fact]
    public void Keys_UniqueIgnoringCase()
    {
        foreach (var language in Languages)
        {
            var clashes = Resources(language).Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => string.Join(" / ", g)).ToList();
            Assert.True(clashes.Count == 0, $"{language}: keys differing only in case: {string.Join(" | ", clashes)}");
        }
    }

    [Fact]
    public void KeysUsedInPagesAndCode_InEveryLanguage()
    {
        var used = UsedKeys().ToList();
        Assert.True(used.Count > 500, $"the scan found only {used.Count} keys: the patterns no longer match the code");
        foreach (var language in Languages)
        {
            var resources = Resources(language);
            var missing = used.Where(u => !resources.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} keys missing in {language}: {string.Join(" | ", missing.Take(30))}");
        }
    }

    /// <summary>Labels chosen at run time — L[Words.Of(status)] — are not literal keys, so the scan
    /// above cannot see them: every enum value through every label table, in every language.</summary>
    [Fact]
    public void LabelTablesForEveryValue_InEveryLanguage()
    {
        var keys = new List<string>();
        foreach (var method in typeof(Marketplace.Web.Application.Words).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                     .Where(m => m.ReturnType == typeof(string) && m.GetParameters() is [{ ParameterType.IsEnum: true }]))
        {
            var type = method.GetParameters()[0].ParameterType;
            foreach (var value in Enum.GetValues(type))
            {
                var key = (string)method.Invoke(null, [value])!;
                Assert.False(key == value.ToString() && key.Any(char.IsUpper) && key.Skip(1).Any(char.IsUpper) && !key.Contains(' ', StringComparison.Ordinal) && key.Length > 2,
                    $"Words.{method.Name}({type.Name}.{value}) falls back to the enum name");
                keys.Add(key);
            }
        }
        // Switch arms that pick a key in the services: "who viewed me", meeting history, GTFS problems.
        keys.AddRange(SwitchArmKeys("Marketplace.Web/Workflows/ProfileViewService.cs"));
        keys.AddRange(SwitchArmKeys("Marketplace.Web/Meetings/MeetingTexts.cs"));
        keys.AddRange(Marketplace.Web.Meetings.MeetingTexts.ChangeLabels.Values.Append("Employers or title"));
        keys.AddRange(Directory.EnumerateFiles(Path.Combine(Repo, "Marketplace.Matching", "Commute", "Gtfs"), "*.cs")
            .SelectMany(f => GtfsProblem().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)));
        Assert.True(keys.Count > 80, $"only {keys.Count} label keys found: the scan no longer matches the code");
        foreach (var language in Languages)
        {
            var resources = Resources(language);
            var missing = keys.Distinct().Where(k => !resources.ContainsKey(k)).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} labels missing in {language}: {string.Join(" | ", missing.Take(30))}");
        }
    }

    private static IEnumerable<string> SwitchArmKeys(string relative) =>
        SwitchArm().Matches(File.ReadAllText(Path.Combine(Repo, relative))).Select(m => m.Groups[1].Value);

    [GeneratedRegex("""=>\s*"([^"]+)"\s*[,;]""")]
    private static partial Regex SwitchArm();

    // row.Error("…") and new GtfsImportException(file, line, "…"): the problem texts of a feed import.
    [GeneratedRegex(@"(?:\.Error\(|GtfsImportException\([^,()]+,\s*[^,()]+,\s*)""([^""]+)""")]
    private static partial Regex GtfsProblem();

    [Fact]
    public void Placeholders_SameInEveryLanguage()
    {
        var wrong = new List<string>();
        foreach (var language in Languages)
        {
            foreach (var (key, value) in Resources(language))
            {
                var expected = Regex.Matches(key, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal);
                var actual = Regex.Matches(value, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal);
                if (!expected.SequenceEqual(actual))
                {
                    wrong.Add($"{language}: {key} → {value}");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join(" | ", wrong));
    }
}
