using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Explanations;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Tests.Engine;

public class ExplanationTests
{
    private static readonly TaxonomyData Taxonomy = TaxonomyData.Default;
    private static readonly ExplanationText Sv = new(Taxonomy, ExplanationLanguage.Swedish);
    private static readonly ExplanationText En = new(Taxonomy, ExplanationLanguage.English);
    private static readonly ExplanationText Ar = new(Taxonomy, ExplanationLanguage.Arabic);
    private static readonly ExplanationText Uk = new(Taxonomy, ExplanationLanguage.Ukrainian);
    // Latin labels inside Arabic text sit between Unicode isolates (first strong isolate … pop).
    private const string Fsi = "\u2068", Pdi = "\u2069";

    /// <summary>One rendering in all four languages: Swedish, English, Arabic, Ukrainian.</summary>
    private static void InAllLanguages(Func<ExplanationText, IReadOnlyList<string>> render, params string[][] expected)
    {
        Assert.Equal(4, expected.Length);
        Assert.Equal(expected[0], render(Sv));
        Assert.Equal(expected[1], render(En));
        Assert.Equal(expected[2], render(Ar));
        Assert.Equal(expected[3], render(Uk));
    }

    private static MatchExplanation Explain(Marketplace.Matching.Documents.CandidateDocument c, Marketplace.Matching.Documents.PlacementDocument p, ICommuteTable? t = null) =>
        new BruteForceScorer(Taxonomy).Explain(c, p, MatchWeights.Default, t ?? FixedCommute.Minutes(15));

    [Fact]
    public void Skills_OneRequiredMissing_NamesTheGap()
    {
        var p = A.Placement() with { RequiredSkills = [Ids.Forklift, Ids.TruckB, Ids.TruckD, Ids.Tlp10, Ids.Adr] };
        var c = A.Candidate() with { Skills = [Ids.Forklift, Ids.TruckB, Ids.TruckD, Ids.Tlp10] };
        var e = Explain(c, p);
        var skills = Assert.IsType<SkillsDetail>(e.Factors[0].Detail);
        Assert.Equal([Ids.Adr], skills.MissingRequired);
        Assert.Equal("4 av 5 efterfrågade kompetenser; saknas: ADR-intyg", Sv.Factors(e)[0]);
        Assert.Equal("4 of 5 requested skills; missing: ADR-intyg", En.Factors(e)[0]);
        Assert.Contains(e.Gaps, g => g.Kind == GapKind.Skill && g.SkillId == Ids.Adr);
        Assert.Equal("Kurs eller intyg: ADR-intyg", Sv.Gaps(e)[0]);
    }

    [Fact]
    public void Language_AboveRequirement_SaysBoth()
    {
        var e = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.B1) }, A.Placement() with { MinSwedish = CefrLevel.A2 });
        Assert.Equal("Svenska B1 (krav A2)", Sv.Factors(e)[1]);
        Assert.Equal("Swedish B1 (required A2)", En.Factors(e)[1]);
    }

    [Fact]
    public void Language_OneBelowWithSupport_SaysSupportOffered()
    {
        var e = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2) }, A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = true });
        Assert.Equal("Swedish A2, required B1 — one level below, language support offered", En.Factors(e)[1]);
        Assert.Equal("Svenska A2, krav B1 — en nivå under, språkstöd finns", Sv.Factors(e)[1]);
        Assert.Equal("Svenskstudier till nivå B1", Sv.Gaps(e).Single());
    }

    [Fact]
    public void Commute_PublicTransportWithChange_SaysMinutesAndChanges()
    {
        var e = Explain(A.Candidate(), A.Placement(), FixedCommute.Minutes(32, CommuteMode.PublicTransport, 1));
        Assert.Equal("32 min med kollektivtrafik, 1 byte", Sv.Factors(e)[2]);
        Assert.Equal("32 min by public transport, 1 change", En.Factors(e)[2]);
        var detail = Assert.IsType<CommuteDetail>(e.Factors[2].Detail);
        Assert.Equal(1, detail.Estimate!.Transfers);
    }

    [Fact]
    public void Failures_MissingLicence_ExplainedWithClassAndGap()
    {
        var e = Explain(A.Candidate() with { Licences = ["B"] }, A.Placement() with { RequiredLicence = "C" });
        Assert.False(e.Eligible);
        Assert.Equal(0.0, e.Score);
        Assert.Equal("Saknar körkort C (krav)", Sv.Failures(e).Single());
        Assert.Equal("Driving licence C", En.Gaps(e).Single());
    }

    [Fact]
    public void Failures_TooFar_ExplainedWithMinutesAndMax()
    {
        var e = Explain(A.Candidate() with { MaxCommuteMinutes = 30 }, A.Placement(), FixedCommute.Minutes(45, CommuteMode.Car));
        Assert.Equal("45 min by car; maximum 30 min", En.Failures(e).Single());
        Assert.Equal(45, e.Gaps.Single(g => g.Kind == GapKind.Commute).Minutes);
    }

    [Fact]
    public void Contributions_SumToScore()
    {
        var e = Explain(A.Candidate() with { Interests = [Ids.ForkliftGroup] }, A.Placement(), FixedCommute.Minutes(40));
        Assert.Equal(e.Score, e.Factors.Sum(f => f.Contribution), 12);
        Assert.All(e.Factors, f => Assert.InRange(f.Value, 0.0, 1.0));
    }

    [Fact]
    public void Failures_LateAndTooLittleSwedish_ExplainedWithDatesAndLevels()
    {
        var e = Explain(A.Candidate() with { AvailableFrom = new DateOnly(2026, 4, 1), Swedish = LanguageLevel.Create(CefrLevel.A1) },
            A.Placement() with { MinSwedish = CefrLevel.B1 });
        Assert.Equal(["Tillgänglig från 2026-04-01, start 2026-03-02", "Svenska A1, krav B1"], Sv.Failures(e));
        Assert.Equal(["Available from 2026-04-01, start 2026-03-02", "Swedish A1, required B1"], En.Failures(e));
    }

    [Fact]
    public void Language_MidCourse_ShowsProgress() =>
        Assert.Equal("Swedish A2 (progressing toward B1, 40%) (required A2)",
            En.Factors(Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2, 40) }, A.Placement()))[1]);

    [Fact]
    public void Skills_MissingRequired_AllLanguages()
    {
        var e = Explain(A.Candidate() with { Skills = [Ids.Forklift] }, A.Placement() with { RequiredSkills = [Ids.Forklift, Ids.Adr] });
        InAllLanguages(t => [t.Factors(e)[0]],
            ["1 av 2 efterfrågade kompetenser; saknas: ADR-intyg"],
            ["1 of 2 requested skills; missing: ADR-intyg"],
            [$"1 من 2 من المهارات المطلوبة؛ ينقص: {Fsi}ADR-intyg{Pdi}"],
            ["1 з 2 потрібних навичок; бракує: ADR-intyg"]);
        InAllLanguages(t => t.Gaps(e),
            ["Kurs eller intyg: ADR-intyg"],
            ["A course or certificate: ADR-intyg"],
            [$"دورة أو شهادة: {Fsi}ADR-intyg{Pdi}"],
            ["Курс або сертифікат: ADR-intyg"]);
    }

    [Fact]
    public void Skills_NiceToHaveExperienceRelated_AllLanguages()
    {
        var p = A.Placement() with { RequiredSkills = [], NiceToHaveSkills = [Ids.Forklift, Ids.Adr] };
        var c = A.Candidate() with { Skills = [Ids.Forklift, Ids.TruckB, Ids.TruckD], Experience = [new Experience(Ids.ForkliftGroup, 3)] };
        var related = Explain(c, p).Factors[0].Detail is SkillsDetail d ? d.RelatedSkills.Length : -1;
        Assert.Equal(2, related); // B- and D-truckar are related to the forklift group, not requested
        InAllLanguages(t => [t.Factors(Explain(c, p))[0]],
            ["1 av 2 meriterande, 3 års erfarenhet i yrket, 2 närliggande kompetenser"],
            ["1 of 2 nice-to-have, 3 years' experience in the occupation, 2 related skills"],
            ["1 من 2 من المهارات المرغوبة، سنوات الخبرة في المهنة: 3، مهارات ذات صلة: 2"],
            ["1 з 2 бажаних навичок, досвід у професії, років: 3, споріднених навичок: 2"]);
    }

    [Fact]
    public void Skills_NothingRequestedOrRelated_AllLanguages()
    {
        var e = Explain(A.Candidate() with { Skills = [Ids.Unrelated] }, A.Placement() with { RequiredSkills = [] });
        InAllLanguages(t => [t.Factors(e)[0]],
            ["Inga efterfrågade eller närliggande kompetenser"],
            ["No requested or related skills"],
            ["لا توجد مهارات مطلوبة أو ذات صلة"],
            ["Немає потрібних або споріднених навичок"]);
    }

    [Fact]
    public void Language_EveryCase_AllLanguages()
    {
        var noRequirement = Explain(A.Candidate() with { Swedish = LanguageLevel.None }, A.Placement() with { MinSwedish = CefrLevel.None });
        InAllLanguages(t => [t.Factors(noRequirement)[1]],
            ["Svenska saknas (inget krav)"], ["Swedish none (no requirement)"], ["السويدية: لا يوجد (لا يوجد شرط)"], ["Шведська: немає (без вимог)"]);

        var above = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.B1), OtherLanguages = [Ids.Arabic] },
            A.Placement() with { MinSwedish = CefrLevel.A2, UsefulLanguages = [Ids.Arabic] });
        var arabic = Taxonomy.LanguageLabel(Ids.Arabic);
        InAllLanguages(t => [t.Factors(above)[1]],
            [$"Svenska B1 (krav A2); talar även {arabic}"],
            [$"Swedish B1 (required A2); also speaks {arabic}"],
            [$"السويدية: B1 (المطلوب A2)؛ لغات أخرى: {Fsi}{arabic}{Pdi}"],
            [$"Шведська: B1 (потрібно A2); інші мови: {arabic}"]);

        var supported = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2, 40) },
            A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = true });
        InAllLanguages(t => [t.Factors(supported)[1], .. t.Gaps(supported)],
            ["Svenska A2 (på väg mot B1, 40 %), krav B1 — en nivå under, språkstöd finns", "Svenskstudier till nivå B1"],
            ["Swedish A2 (progressing toward B1, 40%), required B1 — one level below, language support offered", "Swedish studies to level B1"],
            ["السويدية: A2 (في الطريق إلى B1، 40%)، المطلوب B1 — أقل بمستوى واحد، ويتوفر دعم لغوي", "دراسة السويدية حتى المستوى B1"],
            ["Шведська: A2 (на шляху до B1, 40%), потрібно B1 — на один рівень нижче, є мовна підтримка", "Вивчення шведської до рівня B1"]);

        var tooLow = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.None, 30) }, A.Placement() with { MinSwedish = CefrLevel.B1 });
        InAllLanguages(t => t.Failures(tooLow),
            ["Svenska nybörjare (på väg mot A1, 30 %), krav B1"],
            ["Swedish beginner (progressing toward A1, 30%), required B1"],
            ["السويدية: مبتدئ (في الطريق إلى A1، 30%)، المطلوب B1"],
            ["Шведська: початковий (на шляху до A1, 30%), потрібно B1"]);
    }

    [Theory]
    [InlineData(CommuteMode.Walk, 0, "12 min till fots", "12 min on foot", "12 دقيقة سيرًا على الأقدام", "12 хв пішки")]
    [InlineData(CommuteMode.Bike, 0, "12 min med cykel", "12 min by bike", "12 دقيقة بالدراجة", "12 хв велосипедом")]
    [InlineData(CommuteMode.Car, 0, "12 min med bil", "12 min by car", "12 دقيقة بالسيارة", "12 хв автомобілем")]
    [InlineData(CommuteMode.PublicTransport, 0, "12 min med kollektivtrafik, inga byten", "12 min by public transport, no change",
        "12 دقيقة بالمواصلات العامة، بدون تبديل", "12 хв громадським транспортом, без пересадок")]
    [InlineData(CommuteMode.PublicTransport, 1, "12 min med kollektivtrafik, 1 byte", "12 min by public transport, 1 change",
        "12 دقيقة بالمواصلات العامة، تبديل واحد", "12 хв громадським транспортом, 1 пересадка")]
    [InlineData(CommuteMode.PublicTransport, 3, "12 min med kollektivtrafik, 3 byten", "12 min by public transport, 3 changes",
        "12 دقيقة بالمواصلات العامة، عدد مرات التبديل: 3", "12 хв громадським транспортом, пересадок: 3")]
    public void Commute_EveryMode_AllLanguages(CommuteMode mode, int transfers, string sv, string en, string ar, string uk)
    {
        var e = Explain(A.Candidate(), A.Placement(), FixedCommute.Minutes(12, mode, transfers));
        InAllLanguages(t => [t.Factors(e)[2]], [sv], [en], [ar], [uk]);
    }

    [Fact]
    public void Failures_CommuteTooLongOrNoRoute_AllLanguages()
    {
        var far = Explain(A.Candidate() with { MaxCommuteMinutes = 30 }, A.Placement(), FixedCommute.Minutes(45, CommuteMode.Car));
        InAllLanguages(t => [.. t.Failures(far), .. t.Gaps(far)],
            ["45 min med bil; max 30 min", "Nås med max restid 45 min"],
            ["45 min by car; maximum 30 min", "Reachable with a maximum commute of 45 min"],
            ["45 دقيقة بالسيارة؛ الحد الأقصى 30 دقيقة", "يمكن الوصول بحد أقصى للتنقل قدره 45 دقيقة"],
            ["45 хв автомобілем; максимум 30 хв", "Досяжно, якщо максимальний час у дорозі 45 хв"]);

        var noRoute = Explain(A.Candidate(), A.Placement(), new FixedCommute(null));
        InAllLanguages(t => t.Failures(noRoute),
            ["Ingen resväg med de färdsätt kandidaten kan använda"],
            ["No route by a mode the candidate can use"],
            ["لا يوجد طريق بوسيلة تنقّل متاحة للمرشح"],
            ["Немає маршруту доступним кандидатові способом"]);
    }

    [Fact]
    public void Interest_AskedOrNot_AllLanguages()
    {
        var asked = Explain(A.Candidate() with { Interests = [Ids.ForkliftGroup] }, A.Placement());
        var notAsked = Explain(A.Candidate(), A.Placement());
        InAllLanguages(t => [t.Factors(asked)[3], t.Factors(notAsked)[3]],
            ["Har önskat yrket eller yrkesområdet", "Har inte önskat yrket"],
            ["Asked for this occupation or field", "Has not asked for this occupation"],
            ["هذه المهنة أو هذا المجال من الاهتمامات المُعلنة", "هذه المهنة ليست من الاهتمامات المُعلنة"],
            ["Ця професія або галузь серед бажаних", "Цієї професії немає серед бажаних"]);
    }

    [Fact]
    public void Failures_NotSearchableLateNoLicence_AllLanguages()
    {
        var e = Explain(A.Candidate() with { Consent = false, AvailableFrom = new DateOnly(2026, 4, 1), Licences = ["B"] },
            A.Placement() with { RequiredLicence = "C" });
        InAllLanguages(t => [.. t.Failures(e), .. t.Gaps(e)],
            ["Profilen är inte sökbar eller saknar samtycke", "Tillgänglig från 2026-04-01, start 2026-03-02", "Saknar körkort C (krav)",
                "Körkort C", "Tillgänglig först 2026-04-01"],
            ["The profile is not searchable or lacks consent", "Available from 2026-04-01, start 2026-03-02", "No driving licence C (required)",
                "Driving licence C", "Available only from 2026-04-01"],
            ["الملف الشخصي غير متاح للبحث أو تنقصه الموافقة", "التوفر ابتداءً من 2026-04-01، موعد البدء 2026-03-02", $"لا توجد رخصة قيادة {Fsi}C{Pdi} (مطلوبة)",
                $"رخصة قيادة {Fsi}C{Pdi}", "التوفر ابتداءً من 2026-04-01 فقط"],
            ["Профіль недоступний для пошуку або немає згоди", "Доступність з 2026-04-01, початок 2026-03-02", "Немає посвідчення водія категорії C (потрібне)",
                "Посвідчення водія категорії C", "Доступність лише з 2026-04-01"]);
    }

    [Theory]
    [InlineData("sv", ExplanationLanguage.Swedish)]
    [InlineData("en", ExplanationLanguage.English)]
    [InlineData("ar", ExplanationLanguage.Arabic)]
    [InlineData("uk", ExplanationLanguage.Ukrainian)]
    [InlineData("de", ExplanationLanguage.English)]
    public void For_UiLanguage_PicksExplanationLanguage(string culture, ExplanationLanguage expected) =>
        Assert.Equal(expected, ExplanationText.For(culture));

    [Fact]
    public void Gaps_ExactlyAtEachLimit_NoGap()
    {
        // Exactly the required Swedish, a commute exactly at the maximum, available on the start date:
        // eligible, and nothing to close.
        var e = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.B1), MaxCommuteMinutes = 45, AvailableFrom = A.Start },
            A.Placement() with { MinSwedish = CefrLevel.B1 }, FixedCommute.Minutes(45));
        Assert.True(e.Eligible);
        Assert.Empty(e.Gaps);
    }

    [Fact]
    public void Skills_AllRequiredHeld_NoMissingList() =>
        InAllLanguages(t => [t.Factors(Explain(A.Candidate(), A.Placement()))[0]],
            ["1 av 1 efterfrågade kompetenser"], ["1 of 1 requested skills"], ["1 من 1 من المهارات المطلوبة"], ["1 з 1 потрібних навичок"]);

    [Fact]
    public void Skills_TwoMissing_ListedWithSeparator_AllLanguages()
    {
        var e = Explain(A.Candidate() with { Skills = [] }, A.Placement() with { RequiredSkills = [Ids.Adr, Ids.TruckB] });
        // Listed in PlacementQuery's ordinal id order: B-truckar (HeXq…) before ADR-intyg (KwWd…).
        InAllLanguages(t => [t.Factors(e)[0]],
            ["0 av 2 efterfrågade kompetenser; saknas: B-truckar, ADR-intyg"],
            ["0 of 2 requested skills; missing: B-truckar, ADR-intyg"],
            [$"0 من 2 من المهارات المطلوبة؛ ينقص: {Fsi}B-truckar{Pdi}، {Fsi}ADR-intyg{Pdi}"],
            ["0 з 2 потрібних навичок; бракує: B-truckar, ADR-intyg"]);
    }

    [Fact]
    public void Language_TwoUsefulLanguagesSpoken_ListedWithSeparator_AllLanguages()
    {
        var e = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2), OtherLanguages = [Ids.English, Ids.Arabic] },
            A.Placement() with { UsefulLanguages = [Ids.Arabic, Ids.English] });
        InAllLanguages(t => [t.Factors(e)[1]],
            ["Svenska A2 (krav A2); talar även Arabiska, Engelska"],
            ["Swedish A2 (required A2); also speaks Arabiska, Engelska"],
            [$"السويدية: A2 (المطلوب A2)؛ لغات أخرى: {Fsi}Arabiska{Pdi}، {Fsi}Engelska{Pdi}"],
            ["Шведська: A2 (потрібно A2); інші мови: Arabiska, Engelska"]);
    }

    [Fact]
    public void Language_OneLevelBelowOnlyWithSupport_SaysSoOnlyThen()
    {
        // One below without support, and two below with support: neither is "one level below, support offered".
        var noSupport = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A2) }, A.Placement() with { MinSwedish = CefrLevel.B1 });
        var twoBelow = Explain(A.Candidate() with { Swedish = LanguageLevel.Create(CefrLevel.A1) }, A.Placement() with { MinSwedish = CefrLevel.B1, LanguageSupport = true });
        Assert.Equal("Swedish A2, required B1", En.Factors(noSupport)[1]);
        Assert.Equal("Swedish A1, required B1", En.Factors(twoBelow)[1]);
    }

    private sealed record UnknownDetail : FactorDetail;

    [Fact]
    public void Factors_DetailWithoutText_ThrowsNamingIt()
    {
        var e = Explain(A.Candidate(), A.Placement());
        var odd = e with { Factors = [e.Factors[0] with { Detail = new UnknownDetail() }] };
        Assert.Contains(nameof(UnknownDetail), Assert.Throws<InvalidOperationException>(() => En.Factors(odd)).Message, StringComparison.Ordinal);
    }

    /// <summary>A failure is explained from its factor's detail; an explanation put together without
    /// that detail is rejected as malformed, not rendered from nothing.</summary>
    [Theory]
    [InlineData(HardConstraint.NotReachable)]
    [InlineData(HardConstraint.SwedishTooLow)]
    public void Failures_WithoutTheFactorDetail_Malformed(HardConstraint failure)
    {
        var e = Explain(A.Candidate(), A.Placement());
        var odd = e with { Failures = [failure], Factors = [.. e.Factors.Where(f => f.Factor is not (Factor.Commute or Factor.Language))] };
        Assert.Throws<InvalidOperationException>(() => En.Failures(odd));
    }
}
