using Marketplace.Web.Meetings;

namespace Marketplace.Tests.Foundation;

/// <summary>The meeting history's stored details, shown in the reader's language.</summary>
public sealed class MeetingTextsTests
{
    private static readonly Dictionary<string, string> Swedish = new()
    {
        ["Employers or title"] = "Arbetsgivare eller rubrik",
        ["Place"] = "Plats",
        ["Places"] = "Platser",
        ["Time"] = "Tid",
        ["Answer deadline"] = "Svara senast",
    };

    private static string Translate(string key) => Swedish.GetValueOrDefault(key, "«" + key + "»");

    [Fact]
    public void Changed_EmployersOrTitle_Translated()
    {
        Assert.Equal("Arbetsgivare eller rubrik", MeetingTexts.Detail("Changed", "Employers or title", Translate));
    }

    [Fact]
    public void Changed_Parts_LabelsTranslatedValuesKept()
    {
        var detail = MeetingTexts.Detail("Changed", "Place: Storgatan 1 → Lagergatan 3; Places: 10 → 12; Answer by: 2026-12-01 12:00 → 2026-12-02 12:00", Translate);

        Assert.Equal("Plats: Storgatan 1 → Lagergatan 3; Platser: 10 → 12; Svara senast: 2026-12-01 12:00 → 2026-12-02 12:00", detail);
    }
}
