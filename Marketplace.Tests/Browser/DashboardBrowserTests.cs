using System.Text.RegularExpressions;
using Marketplace.Data;
using Marketplace.Web.Dashboards;
using Marketplace.Web.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.Tests.Browser;

/// <summary>The demo a new user meets after the run command, on a real port.</summary>
public sealed class DemoBrowserFixture : IAsyncLifetime
{
    public KestrelFactory Factory { get; } = new(new Dictionary<string, string?> { ["Seed:Demo"] = "true" });

    public Task InitializeAsync()
    {
        Factory.StartServer();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The unit dashboard as the demo coach sees it, in Swedish and in Arabic (right to
/// left), with axe-core on each state of the page.</summary>
public sealed class DashboardBrowserTests(DemoBrowserFixture fixture) : IClassFixture<DemoBrowserFixture>
{
    [ChromiumFact]
    public async Task Dashboard_DemoCoachSwedishAndArabic_FunnelFiguresShownAndAccessible()
    {
        var figures = await ExpectedAsync();
        var expected = figures.Funnel;
        Assert.True(expected[^1].Candidates > 0, "the demo has outcomes to show");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var coach = await Browsers.SignInAsync(browser, fixture.Factory.BaseUrl, DemoSeeder.CoachEmail, DemoSeeder.DefaultDemoPassword);

        await coach.Locator("nav a[href='/Coach/Dashboard']").ClickAsync();
        await Expect(coach.Locator("h1")).ToHaveTextAsync("Enhetens uppföljning");
        await ExpectFunnelAsync(coach, expected);
        await Expect(coach.Locator("#funnel-chart rect")).ToHaveCountAsync(expected.Count);
        await Expect(coach.Locator("#by-gender")).ToContainTextAsync("färre än 5");
        await Expect(coach.Locator("#meeting-results")).ToContainTextAsync("Rekryteringsträff: vård och omsorg");
        await coach.CheckPageAsync("40-dashboard-sv");

        await coach.Locator("#months").FillAsync("0");
        await coach.Locator("form.filters button.primary").ClickAsync();
        await Expect(coach).ToHaveURLAsync(new Regex("months=0"));
        await Expect(coach.Locator("#err-Months")).ToHaveTextAsync("Välj ett antal månader från 1 till 36.");
        await Expect(coach.Locator("#months")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(coach.Locator("#funnel")).ToHaveCountAsync(0);
        await coach.CheckPageAsync("41-dashboard-error-sv");

        await coach.Locator("#months").FillAsync("6");
        await coach.Locator("form.filters button.primary").ClickAsync();
        await coach.Locator("#lang-select").SelectOptionAsync("ar");
        await coach.Locator("form.lang button").ClickAsync();
        await Expect(coach.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(coach.Locator("h1")).ToHaveTextAsync("متابعة الوحدة");
        await ExpectFunnelAsync(coach, expected);
        await Expect(coach.Locator("#by-gender")).ToContainTextAsync("أقل من 5");
        // Dates in a sentence are isolated left to right, or Arabic text would show them back to front.
        await Expect(coach.Locator("#share")).ToContainTextAsync("\u2066" + figures.ShareWithinMonths.RegisteredBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\u2069");
        await coach.CheckPageAsync("42-dashboard-ar");
    }

    /// <summary>Each funnel row: the step's figure, as the service computes it for the default period.</summary>
    private static async Task ExpectFunnelAsync(IPage page, IReadOnlyList<FunnelStep> expected)
    {
        var rows = page.Locator("#funnel tbody tr");
        await Expect(rows).ToHaveCountAsync(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            await Expect(rows.Nth(i).Locator("td").First).ToHaveTextAsync(expected[i].Candidates.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private async Task<Dashboard> ExpectedAsync()
    {
        await using var scope = fixture.Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<DashboardService>();
        var coach = await db.Users.SingleAsync(u => u.Email == DemoSeeder.CoachEmail);
        var (period, _) = new DashboardQuery().Parse(service.Today);
        return await service.ComputeAsync(coach.UnitId!.Value, period!, CancellationToken.None);
    }
}
