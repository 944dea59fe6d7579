using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.Tests.Browser;

/// <summary>At 360 px, the narrowest common phone, no page of any role scrolls sideways in Swedish,
/// Arabic or Ukrainian (the longest words), the sign-out button is on screen inside the header,
/// and the header's controls are at least 24 px tall.</summary>
public sealed class NarrowScreenBrowserTests(BrowserWorldFixture fixture) : IClassFixture<BrowserWorldFixture>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "coachA", "/Coach" }, { "coachA", "/Coach/Candidate/{A}" }, { "coachA", "/Coach/EditCandidate/{A}" }, { "coachA", "/Coach/Match/{E1}" },
        { "employer1", "/Employer" }, { "employer1", "/Employer/Edit/{E1}" }, { "candidateA", "/Candidate" },
    };

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_At360PxInSvArUk_NoSidewaysScrollSignOutOnScreen(string user, string path)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await Browsers.SignInAsync(browser, fixture.BaseUrl, fixture.World.Users[user].Email!);
        await page.SetViewportSizeAsync(360, 800);
        var url = path.Replace("{A}", fixture.World.CandidateA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{E1}", fixture.World.PlacementE1.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        foreach (var culture in new[] { "sv", "ar", "uk" })
        {
            await page.GotoAsync($"/Language?culture={culture}&returnUrl={Uri.EscapeDataString(url)}");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);

            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 360, $"{culture} {url}: the page is {scrollWidth} px wide at 360 px");
            var header = (await page.Locator("header.top").BoundingBoxAsync())!;
            var signOut = (await page.Locator("header.top form[action='/Account/Logout'] button").BoundingBoxAsync())!;
            Assert.True(signOut.X >= 0 && signOut.X + signOut.Width <= 360, $"{culture} {url}: sign-out at {signOut.X}..{signOut.X + signOut.Width}");
            Assert.True(signOut.Y >= header.Y && signOut.Y + signOut.Height <= header.Y + header.Height, $"{culture} {url}: sign-out outside the header");
            Assert.True((await page.Locator("#lang-select").BoundingBoxAsync())!.Height >= 24, $"{culture} {url}: language select under 24 px");
        }
    }
}
