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
