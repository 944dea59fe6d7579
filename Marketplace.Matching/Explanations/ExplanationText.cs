using System.Globalization;
using Marketplace.Matching.Commute;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Explanations;

public enum ExplanationLanguage
{
    Swedish,
    English,
}

/// <summary>Renders a <see cref="MatchExplanation"/> as sentences in Swedish or English. Skill and
/// language names come from the taxonomy, which has Swedish labels only.</summary>
public sealed class ExplanationText(TaxonomyData taxonomy, ExplanationLanguage language)
{
    private bool Sv => language == ExplanationLanguage.Swedish;

    /// <summary>One sentence per factor, in factor order.</summary>
    public IReadOnlyList<string> Factors(MatchExplanation e) => e.Factors.Select(f => f.Detail switch
    {
        SkillsDetail s => Skills(s),
        LanguageDetail l => Swedish(l),
        CommuteDetail c => Commute(c),
        InterestDetail i => Interest(i),
        _ => throw new InvalidOperationException($"No text for {f.Detail.GetType().Name}."),
    }).ToArray();

    /// <summary>One sentence per failed hard constraint: why the candidate is not ranked.</summary>
    public IReadOnlyList<string> Failures(MatchExplanation e) => e.Failures.Select(f => Failure(e, f)).ToArray();

    /// <summary>What would close each gap (a course, a licence, a longer commute).</summary>
    public IReadOnlyList<string> Gaps(MatchExplanation e) => e.Gaps.Select(Gap).ToArray();

    public string Skills(SkillsDetail s)
    {
        var requested = s.MatchedRequired.Length + s.MissingRequired.Length;
        var parts = new List<string>();
        if (requested > 0)
        {
            var text = Sv
                ? $"{s.MatchedRequired.Length} av {requested} efterfrågade kompetenser"
                : $"{s.MatchedRequired.Length} of {requested} requested skills";
            if (s.MissingRequired.Length > 0)
            {
                text += (Sv ? "; saknas: " : "; missing: ") + Labels(s.MissingRequired);
            }
            parts.Add(text);
        }
        var nice = s.MatchedNiceToHave.Length + s.MissingNiceToHave.Length;
        if (nice > 0)
        {
            parts.Add(Sv ? $"{s.MatchedNiceToHave.Length} av {nice} meriterande" : $"{s.MatchedNiceToHave.Length} of {nice} nice-to-have");
        }
        if (s.ExperienceYears > 0)
        {
            parts.Add(Sv ? $"{s.ExperienceYears} års erfarenhet i yrket" : $"{s.ExperienceYears} years' experience in the occupation");
        }
        if (s.RelatedSkills.Length > 0)
        {
            parts.Add(Sv ? $"{s.RelatedSkills.Length} närliggande kompetenser" : $"{s.RelatedSkills.Length} related skills");
        }
        if (parts.Count == 0)
        {
            return Sv ? "Inga efterfrågade eller närliggande kompetenser" : "No requested or related skills";
        }
        return string.Join(Sv ? ", " : ", ", parts);
    }

    public string Swedish(LanguageDetail l)
    {
        var level = Level(l.Swedish);
        string text;
        if (l.Required == CefrLevel.None)
        {
            text = Sv ? $"Svenska {level} (inget krav)" : $"Swedish {level} (no requirement)";
        }
        else if (l.Swedish.Level >= l.Required)
        {
            text = Sv ? $"Svenska {level} (krav {l.Required})" : $"Swedish {level} (required {l.Required})";
        }
        else if (l.Swedish.Level == l.Required - 1 && l.LanguageSupport)
        {
            text = Sv
                ? $"Svenska {level}, krav {l.Required} — en nivå under, språkstöd finns"
                : $"Swedish {level}, required {l.Required} — one level below, language support offered";
        }
        else
        {
            text = Sv ? $"Svenska {level}, krav {l.Required}" : $"Swedish {level}, required {l.Required}";
        }
        if (l.UsefulLanguagesSpoken.Length > 0)
        {
            text += (Sv ? "; talar även " : "; also speaks ") + string.Join(", ", l.UsefulLanguagesSpoken.Select(taxonomy.LanguageLabel));
        }
        return text;
    }

    public string Commute(CommuteDetail c)
    {
        if (c.Estimate is not { } e)
        {
            return Sv ? "Ingen resväg med de färdsätt kandidaten kan använda" : "No route by a mode the candidate can use";
        }
        var text = $"{e.Minutes} min {Mode(e.Mode)}";
        if (e.Mode == CommuteMode.PublicTransport)
        {
            text += e.Transfers switch
            {
                0 => Sv ? ", inga byten" : ", no change",
                1 => Sv ? ", 1 byte" : ", 1 change",
                var n => Sv ? $", {n} byten" : $", {n} changes",
            };
        }
        return text;
    }

    public string Interest(InterestDetail i) => i.Interested
        ? (Sv ? "Har önskat yrket eller yrkesområdet" : "Asked for this occupation or field")
        : (Sv ? "Har inte önskat yrket" : "Has not asked for this occupation");

    private string Failure(MatchExplanation e, HardConstraint f)
    {
        var d = e.Constraints;
        switch (f)
        {
            case HardConstraint.NotSearchable:
                return Sv ? "Profilen är inte sökbar eller saknar samtycke" : "The profile is not searchable or lacks consent";
            case HardConstraint.NotAvailable:
                return Sv ? $"Tillgänglig från {Date(d.AvailableFrom)}, start {Date(d.StartDate)}" : $"Available from {Date(d.AvailableFrom)}, start {Date(d.StartDate)}";
            case HardConstraint.NotReachable:
                var c = e.Factors.Select(x => x.Detail).OfType<CommuteDetail>().Single();
                return c.Estimate is null
                    ? Commute(c)
                    : (Sv ? $"{Commute(c)}; max {c.MaxMinutes} min" : $"{Commute(c)}; maximum {c.MaxMinutes} min");
            case HardConstraint.MissingLicence:
                return Sv ? $"Saknar körkort {d.RequiredLicence} (krav)" : $"No driving licence {d.RequiredLicence} (required)";
            case HardConstraint.SwedishTooLow:
                return Swedish(e.Factors.Select(x => x.Detail).OfType<LanguageDetail>().Single() with { UsefulLanguagesSpoken = [] });
            default:
                throw new ArgumentOutOfRangeException(nameof(f));
        }
    }

    private string Gap(Gap g) => g.Kind switch
    {
        GapKind.Skill => Sv ? $"Kurs eller intyg: {taxonomy.SkillLabel(g.SkillId!)}" : $"A course or certificate: {taxonomy.SkillLabel(g.SkillId!)}",
        GapKind.Swedish => Sv ? $"Svenskstudier till nivå {g.SwedishLevel}" : $"Swedish studies to level {g.SwedishLevel}",
        GapKind.Licence => Sv ? $"Körkort {g.LicenceClass}" : $"Driving licence {g.LicenceClass}",
        GapKind.Commute => Sv ? $"Nås med max restid {g.Minutes} min" : $"Reachable with a maximum commute of {g.Minutes} min",
        GapKind.Availability => Sv ? $"Tillgänglig först {Date(g.AvailableFrom!.Value)}" : $"Available only from {Date(g.AvailableFrom!.Value)}",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    private string Mode(CommuteMode mode) => mode switch
    {
        CommuteMode.Walk => Sv ? "till fots" : "on foot",
        CommuteMode.Bike => Sv ? "med cykel" : "by bike",
        CommuteMode.PublicTransport => Sv ? "med kollektivtrafik" : "by public transport",
        CommuteMode.Car => Sv ? "med bil" : "by car",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    private string Level(LanguageLevel level)
    {
        if (level.Level == CefrLevel.None && level.ProgressPercent == 0) return Sv ? "saknas" : "none";
        var text = level.Level == CefrLevel.None ? (Sv ? "nybörjare" : "beginner") : level.Level.ToString();
        if (level.ProgressPercent > 0)
        {
            var next = level.Level + 1;
            text += Sv ? $" (på väg mot {next}, {level.ProgressPercent} %)" : $" (progressing toward {next}, {level.ProgressPercent}%)";
        }
        return text;
    }

    private string Labels(IEnumerable<string> skillIds) => string.Join(", ", skillIds.Select(taxonomy.SkillLabel));

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
