using System.Globalization;
using Marketplace.Matching.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.Tests.Browser;

/// <summary>Every form that carries a decimal number, saved in Chromium in Swedish (decimal comma)
/// and Arabic (decimal "٫"), with what was stored read back from the database. The map points are
/// clicked off the centre, so the stored point must be the clicked one — not the postcode's, which
/// is what a failed save fell back to.</summary>
public sealed class FormCultureBrowserTests(BrowserWorldFixture fixture) : IClassFixture<BrowserWorldFixture>
{
    public static TheoryData<string> Cultures => new() { "sv", "ar" };

    [ChromiumTheory]
    [MemberData(nameof(Cultures))]
    public async Task Placement_ClickedWorkplacePoint_StoredAsClicked(string culture)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await SignInInAsync(browser, "employer1", culture);
        var id = fixture.World.PlacementE1.Id;

        await page.GotoAsync($"/Employer/Edit/{id}");
        var (lat, lon) = await ClickMapAsync(page, "WorkplacePoint", 40, -30);
        await page.SubmitAsync("form:has(#Form_Title) button[type=submit].primary");

        await Expect(page.Locator(".validation-summary-errors li:not(:empty)")).ToHaveCountAsync(0);
        var stored = await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == id).Select(p => new { p.WorkplaceLat, p.WorkplaceLon }).SingleAsync());
        Assert.Equal(lat, stored.WorkplaceLat);
        Assert.Equal(lon, stored.WorkplaceLon);

        // Saved again untouched, the point stays where it was clicked.
        await page.SubmitAsync("form:has(#Form_Title) button[type=submit].primary");
        await Expect(page.Locator(".validation-summary-errors li:not(:empty)")).ToHaveCountAsync(0);
        var again = await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == id).Select(p => new { p.WorkplaceLat, p.WorkplaceLon }).SingleAsync());
        Assert.Equal(stored, again);
    }

    [ChromiumTheory]
    [MemberData(nameof(Cultures))]
    public async Task CandidateProfile_ClickedHomePointAndYears_StoredSnappedAndExact(string culture)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await SignInInAsync(browser, "coachA", culture);
        var id = fixture.World.CandidateA.Id;

        await page.GotoAsync($"/Coach/EditCandidate/{id}");
        var (lat, lon) = await ClickMapAsync(page, "HomePoint", -50, 35);
        var group = await fixture.QueryAsync(db => db.OccupationGroups.Where(g => g.Ssyk == "9111").Select(g => g.Ssyk + " " + g.Label).SingleAsync());
        await page.Locator("#Form_ExperienceGroup").FillAsync(group);
        await page.Locator("#Form_ExperienceYears").FillAsync("2.5");
        await page.Locator("form:has(#Form_ExperienceYears) button[type=submit].primary").ClickAsync();

        await Expect(page.Locator(".validation-summary-errors li:not(:empty)")).ToHaveCountAsync(0);
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Coach/EditCandidate"));
        var stored = await fixture.QueryAsync(db => db.Candidates.Where(c => c.Id == id).Select(c => new { c.HomeLat, c.HomeLon }).SingleAsync());
        var snapped = new GeoPoint(lat, lon).SnapToGrid();
        Assert.Equal(snapped.Lat, stored.HomeLat);
        Assert.Equal(snapped.Lon, stored.HomeLon);
        Assert.Equal(2.5m, await fixture.QueryAsync(db => db.Candidates.Where(c => c.Id == id).Select(c => c.Experience.First().Years).SingleAsync()));

        // The form shows the stored years again, and saving it untouched changes nothing.
        await page.GotoAsync($"/Coach/EditCandidate/{id}");
        await Expect(page.Locator("#Form_ExperienceYears")).ToHaveValueAsync("2.5");
        await page.Locator("form:has(#Form_ExperienceYears) button[type=submit].primary").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Coach/EditCandidate"));
        var again = await fixture.QueryAsync(db => db.Candidates.Where(c => c.Id == id).Select(c => new { c.HomeLat, c.HomeLon }).SingleAsync());
        Assert.Equal(stored, again);
        Assert.Equal(2.5m, await fixture.QueryAsync(db => db.Candidates.Where(c => c.Id == id).Select(c => c.Experience.First().Years).SingleAsync()));
    }

    [ChromiumTheory]
    [MemberData(nameof(Cultures))]
    public async Task Meeting_ClickedPlacePoint_StoredAsClicked(string culture)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await SignInInAsync(browser, "coachA", culture);
        var id = fixture.World.DraftMeeting.Id;

        await page.GotoAsync($"/Coach/EditMeeting/{id}");
        var (lat, lon) = await ClickMapAsync(page, "PlacePoint", 25, 45);
        await page.Locator("form:has(#Form_Title) button[type=submit].primary").ClickAsync();

        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Coach/EditMeeting"));
        var stored = await fixture.QueryAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => new { m.PlaceLat, m.PlaceLon }).SingleAsync());
        Assert.Equal(lat, stored.PlaceLat);
        Assert.Equal(lon, stored.PlaceLon);
    }

    [ChromiumTheory]
    [MemberData(nameof(Cultures))]
    public async Task MatchWeights_DecimalWeights_KeptAndAllZeroExplainedInLanguage(string culture)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await SignInInAsync(browser, "coachA", culture);

        await page.GotoAsync($"/Coach/Match/{fixture.World.PlacementE1.Id}");
        await page.Locator("#w-skills").FillAsync("0.35");
        await page.Locator("#w-commute").FillAsync("0.05");
        await page.Locator("form[method=get] button[type=submit].primary").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("skills=0\\.35"));
        await Expect(page.Locator("#w-skills")).ToHaveValueAsync("0.35");
        await Expect(page.Locator("#w-commute")).ToHaveValueAsync("0.05");
        await Expect(page.Locator(".validation-summary-errors li:not(:empty)")).ToHaveCountAsync(0);
        await Expect(page.Locator("table.matches")).ToBeVisibleAsync();

        foreach (var w in new[] { "skills", "language", "commute", "interest" })
        {
            await page.Locator($"#w-{w}").FillAsync("0");
        }
        await page.Locator("form[method=get] button[type=submit].primary").ClickAsync();
        var expected = culture == "ar" ? "اجعل وزنًا واحدًا على الأقل أكبر من صفر." : "Sätt minst en vikt över noll.";
        await Expect(page.Locator(".validation-summary-errors li")).ToHaveTextAsync(expected);
    }

    private async Task<IPage> SignInInAsync(IBrowser browser, string user, string culture)
    {
        var page = await Browsers.SignInAsync(browser, fixture.BaseUrl, fixture.World.Users[user].Email!);
        await page.GotoAsync($"/Language?culture={culture}&returnUrl=/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        return page;
    }

    /// <summary>Clicks the picker's map at an offset from its centre and returns the point the
    /// page put in its hidden fields, read invariantly as the server must.</summary>
    private static async Task<(double Lat, double Lon)> ClickMapAsync(IPage page, string key, int dx, int dy)
    {
        var map = page.Locator($"#map-{key}");
        var before = await page.Locator($"#map-{key} ~ input[data-lat]").InputValueAsync();
        var box = (await map.BoundingBoxAsync())!;
        await map.ClickAsync(new() { Position = new() { X = box.Width / 2 + dx, Y = box.Height / 2 + dy } });
        var latInput = page.Locator($"#map-{key} ~ input[data-lat]");
        await Expect(latInput).Not.ToHaveValueAsync(before);
        var lat = double.Parse(await latInput.InputValueAsync(), CultureInfo.InvariantCulture);
        var lon = double.Parse(await page.Locator($"#map-{key} ~ input[data-lon]").InputValueAsync(), CultureInfo.InvariantCulture);
        return (lat, lon);
    }
}
