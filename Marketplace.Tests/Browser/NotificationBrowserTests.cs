using System.Net;
using System.Net.Http.Json;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.Tests.Browser;

/// <summary>The live badge in Chromium: the committed SignalR browser client connects, another
/// user's action raises the count without a reload, and the notifications page clears it.</summary>
public sealed class NotificationBrowserTests(BrowserWorldFixture fixture) : IClassFixture<BrowserWorldFixture>
{
    [ChromiumFact]
    public async Task Badge_CoachSendsConsentRequest_CandidatesOpenPageCountsUpLive_ReadAllClears()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "Badge");
        // The coach acts over real HTTP to the same Kestrel server the browser uses.
        using var coach = new HttpClient(new HttpClientHandler { CookieContainer = new() }) { BaseAddress = new Uri(fixture.BaseUrl) };
        var login = await coach.PostAsJsonAsync("/api/auth/login", new { email = fixture.World.Users["coachA"].Email, password = TestWorld.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var entry = await coach.ShortlistAsync(fixture.World.PlacementE1.Id, candidate.Id);
        var page = await Browsers.SignInAsync(browser, fixture.BaseUrl, fixture.World.Users["Badge"].Email!);
        await page.GotoAsync("/Candidate");
        var badge = page.Locator("#notifications-badge");
        await Expect(badge).ToHaveAttributeAsync("data-live", "true");
        await Expect(badge).ToBeHiddenAsync();

        await coach.RequestConsentAsync(entry.Id);

        await Expect(page.Locator("#notifications-count")).ToHaveTextAsync("1");
        await Expect(badge).ToBeVisibleAsync();
        await page.CheckPageAsync("20-candidate-live-badge");
        await page.Locator("#notifications-link").ClickAsync();
        await Expect(page.Locator("#notifications-list li.unread")).ToHaveCountAsync(1);
        await page.CheckPageAsync("21-notifications-page");
        await page.Locator("#read-all button[type=submit]").ClickAsync();
        await Expect(page.Locator("#notifications-list li.unread")).ToHaveCountAsync(0);
        await Expect(badge).ToBeHiddenAsync();
    }
}
