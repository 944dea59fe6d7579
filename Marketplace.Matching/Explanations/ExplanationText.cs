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
    Arabic,
    Ukrainian,
}

/// <summary>Renders a <see cref="MatchExplanation"/> as sentences in Swedish, English, Arabic or
/// Ukrainian. Skill and language names come from the taxonomy, which has Swedish labels only; in
/// Arabic they are wrapped in Unicode isolates so a Latin label (with its digits and punctuation)
/// keeps its own order inside right-to-left text. Sentences avoid grammatical gender and number
/// agreement ("years: 3", not "3 years") where a language would need forms the data cannot choose.</summary>
public sealed class ExplanationText(TaxonomyData taxonomy, ExplanationLanguage language)
{
    private const string FirstStrongIsolate = "\u2068", PopDirectionalIsolate = "\u2069";

    /// <summary>The explanation language for a UI culture's two-letter code; English for any other.</summary>
    public static ExplanationLanguage For(string twoLetterIsoLanguage) => twoLetterIsoLanguage switch
    {
        "sv" => ExplanationLanguage.Swedish,
        "ar" => ExplanationLanguage.Arabic,
        "uk" => ExplanationLanguage.Ukrainian,
        _ => ExplanationLanguage.English,
    };

    /// <summary>The sentence in the renderer's language. All four are written side by side so a
    /// missing translation cannot compile.</summary>
    private string T(string sv, string en, string ar, string uk) => language switch
    {
        ExplanationLanguage.Swedish => sv,
        ExplanationLanguage.Arabic => ar,
        ExplanationLanguage.Ukrainian => uk,
        _ => en,
    };

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
        var matched = s.MatchedRequired.Length;
        var parts = new List<string>();
        if (requested > 0)
        {
            var text = T(
                $"{matched} av {requested} efterfrågade kompetenser",
                $"{matched} of {requested} requested skills",
                $"{matched} من {requested} من المهارات المطلوبة",
                $"{matched} з {requested} потрібних навичок");
            if (s.MissingRequired.Length > 0)
            {
                text += T("; saknas: ", "; missing: ", "؛ ينقص: ", "; бракує: ") + Labels(s.MissingRequired);
            }
            parts.Add(text);
        }
        var nice = s.MatchedNiceToHave.Length + s.MissingNiceToHave.Length;
        if (nice > 0)
        {
            var n = s.MatchedNiceToHave.Length;
            parts.Add(T($"{n} av {nice} meriterande", $"{n} of {nice} nice-to-have", $"{n} من {nice} من المهارات المرغوبة", $"{n} з {nice} бажаних навичок"));
        }
        if (s.ExperienceYears > 0)
        {
            var y = s.ExperienceYears;
            parts.Add(T($"{y} års erfarenhet i yrket", $"{y} years' experience in the occupation",
                $"سنوات الخبرة في المهنة: {y}", $"досвід у професії, років: {y}"));
        }
        if (s.RelatedSkills.Length > 0)
        {
            var r = s.RelatedSkills.Length;
            parts.Add(T($"{r} närliggande kompetenser", $"{r} related skills", $"مهارات ذات صلة: {r}", $"споріднених навичок: {r}"));
        }
        if (parts.Count == 0)
        {
            return T("Inga efterfrågade eller närliggande kompetenser", "No requested or related skills",
                "لا توجد مهارات مطلوبة أو ذات صلة", "Немає потрібних або споріднених навичок");
        }
        return string.Join(T(", ", ", ", "، ", ", "), parts);
    }

    public string Swedish(LanguageDetail l)
    {
        var level = Level(l.Swedish);
        var required = l.Required;
        string text;
        if (required == CefrLevel.None)
        {
            text = T($"Svenska {level} (inget krav)", $"Swedish {level} (no requirement)",
                $"السويدية: {level} (لا يوجد شرط)", $"Шведська: {level} (без вимог)");
        }
        else if (l.Swedish.Level >= required)
        {
            text = T($"Svenska {level} (krav {required})", $"Swedish {level} (required {required})",
                $"السويدية: {level} (المطلوب {required})", $"Шведська: {level} (потрібно {required})");
        }
        else if (l.Swedish.Level == required - 1 && l.LanguageSupport)
        {
            text = T(
                $"Svenska {level}, krav {required} — en nivå under, språkstöd finns",
                $"Swedish {level}, required {required} — one level below, language support offered",
                $"السويدية: {level}، المطلوب {required} — أقل بمستوى واحد، ويتوفر دعم لغوي",
                $"Шведська: {level}, потрібно {required} — на один рівень нижче, є мовна підтримка");
        }
        else
        {
            text = T($"Svenska {level}, krav {required}", $"Swedish {level}, required {required}",
                $"السويدية: {level}، المطلوب {required}", $"Шведська: {level}, потрібно {required}");
        }
        if (l.UsefulLanguagesSpoken.Length > 0)
        {
            text += T("; talar även ", "; also speaks ", "؛ لغات أخرى: ", "; інші мови: ")
                + string.Join(T(", ", ", ", "، ", ", "), l.UsefulLanguagesSpoken.Select(id => Isolate(taxonomy.LanguageLabel(id))));
        }
        return text;
    }

    public string Commute(CommuteDetail c)
    {
        if (c.Estimate is not { } e)
        {
            return T("Ingen resväg med de färdsätt kandidaten kan använda", "No route by a mode the candidate can use",
                "لا يوجد طريق بوسيلة تنقّل متاحة للمرشح", "Немає маршруту доступним кандидатові способом");
        }
        var text = $"{Minutes(e.Minutes)} {Mode(e.Mode)}";
        if (e.Mode == CommuteMode.PublicTransport)
        {
            text += e.Transfers switch
            {
                0 => T(", inga byten", ", no change", "، بدون تبديل", ", без пересадок"),
                1 => T(", 1 byte", ", 1 change", "، تبديل واحد", ", 1 пересадка"),
                var n => T($", {n} byten", $", {n} changes", $"، عدد مرات التبديل: {n}", $", пересадок: {n}"),
            };
        }
        return text;
    }

    public string Interest(InterestDetail i) => i.Interested
        ? T("Har önskat yrket eller yrkesområdet", "Asked for this occupation or field",
            "هذه المهنة أو هذا المجال من الاهتمامات المُعلنة", "Ця професія або галузь серед бажаних")
        : T("Har inte önskat yrket", "Has not asked for this occupation",
            "هذه المهنة ليست من الاهتمامات المُعلنة", "Цієї професії немає серед бажаних");

    private string Failure(MatchExplanation e, HardConstraint f)
    {
        var d = e.Constraints;
        switch (f)
        {
            case HardConstraint.NotSearchable:
                return T("Profilen är inte sökbar eller saknar samtycke", "The profile is not searchable or lacks consent",
                    "الملف الشخصي غير متاح للبحث أو تنقصه الموافقة", "Профіль недоступний для пошуку або немає згоди");
            case HardConstraint.NotAvailable:
                var from = Date(d.AvailableFrom);
                var start = Date(d.StartDate);
                return T($"Tillgänglig från {from}, start {start}", $"Available from {from}, start {start}",
                    $"التوفر ابتداءً من {from}، موعد البدء {start}", $"Доступність з {from}, початок {start}");
            case HardConstraint.NotReachable:
                var c = e.Factors.Select(x => x.Detail).OfType<CommuteDetail>().Single();
                if (c.Estimate is null) return Commute(c);
                var max = Minutes(c.MaxMinutes);
                return Commute(c) + T($"; max {max}", $"; maximum {max}", $"؛ الحد الأقصى {max}", $"; максимум {max}");
            case HardConstraint.MissingLicence:
                var licence = d.RequiredLicence;
                return T($"Saknar körkort {licence} (krav)", $"No driving licence {licence} (required)",
                    $"لا توجد رخصة قيادة {Isolate(licence)} (مطلوبة)", $"Немає посвідчення водія категорії {licence} (потрібне)");
            case HardConstraint.SwedishTooLow:
                return Swedish(e.Factors.Select(x => x.Detail).OfType<LanguageDetail>().Single() with { UsefulLanguagesSpoken = [] });
            default:
                throw new ArgumentOutOfRangeException(nameof(f));
        }
    }

    private string Gap(Gap g)
    {
        switch (g.Kind)
        {
            case GapKind.Skill:
                var skill = taxonomy.SkillLabel(g.SkillId!);
                return T($"Kurs eller intyg: {skill}", $"A course or certificate: {skill}", $"دورة أو شهادة: {Isolate(skill)}", $"Курс або сертифікат: {skill}");
            case GapKind.Swedish:
                var level = g.SwedishLevel;
                return T($"Svenskstudier till nivå {level}", $"Swedish studies to level {level}",
                    $"دراسة السويدية حتى المستوى {level}", $"Вивчення шведської до рівня {level}");
            case GapKind.Licence:
                var licence = g.LicenceClass;
                return T($"Körkort {licence}", $"Driving licence {licence}", $"رخصة قيادة {Isolate(licence)}", $"Посвідчення водія категорії {licence}");
            case GapKind.Commute:
                var minutes = Minutes(g.Minutes ?? 0);
                return T($"Nås med max restid {minutes}", $"Reachable with a maximum commute of {minutes}",
                    $"يمكن الوصول بحد أقصى للتنقل قدره {minutes}", $"Досяжно, якщо максимальний час у дорозі {minutes}");
            case GapKind.Availability:
                var from = Date(g.AvailableFrom!.Value);
                return T($"Tillgänglig först {from}", $"Available only from {from}", $"التوفر ابتداءً من {from} فقط", $"Доступність лише з {from}");
            default:
                throw new ArgumentOutOfRangeException(nameof(g));
        }
    }

    /// <summary>"32 min"; Arabic writes the unit in words (the one form used with any number in
    /// timetables), Ukrainian abbreviates it.</summary>
    private string Minutes(int minutes) => T($"{minutes} min", $"{minutes} min", $"{minutes} دقيقة", $"{minutes} хв");

    private string Mode(CommuteMode mode) => mode switch
    {
        CommuteMode.Walk => T("till fots", "on foot", "سيرًا على الأقدام", "пішки"),
        CommuteMode.Bike => T("med cykel", "by bike", "بالدراجة", "велосипедом"),
        CommuteMode.PublicTransport => T("med kollektivtrafik", "by public transport", "بالمواصلات العامة", "громадським транспортом"),
        CommuteMode.Car => T("med bil", "by car", "بالسيارة", "автомобілем"),
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    private string Level(LanguageLevel level)
    {
        if (level.Level == CefrLevel.None && level.ProgressPercent == 0) return T("saknas", "none", "لا يوجد", "немає");
        var text = level.Level == CefrLevel.None ? T("nybörjare", "beginner", "مبتدئ", "початковий") : level.Level.ToString();
        if (level.ProgressPercent > 0)
        {
            var next = level.Level + 1;
            var p = level.ProgressPercent;
            text += T($" (på väg mot {next}, {p} %)", $" (progressing toward {next}, {p}%)", $" (في الطريق إلى {next}، {p}%)", $" (на шляху до {next}, {p}%)");
        }
        return text;
    }

    private string Labels(IEnumerable<string> skillIds) => string.Join(T(", ", ", ", "، ", ", "), skillIds.Select(id => Isolate(taxonomy.SkillLabel(id))));

    /// <summary>A Latin label inside Arabic text, isolated so its own direction is kept.</summary>
    private string Isolate(string? text) =>
        language == ExplanationLanguage.Arabic ? FirstStrongIsolate + text + PopDirectionalIsolate : text ?? "";

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
