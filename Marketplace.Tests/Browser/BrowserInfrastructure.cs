using System.Net;
using Deque.AxeCore.Playwright;
using Marketplace.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marketplace.Tests.Browser;

/// <summary>A browser fact needs Debian's Chromium; without it the test is reported skipped, by
/// name, with the way to get it — never silently green.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Chromium not found at {ChromiumPath}: run ./test.sh (installs Debian's chromium) to run the browser tests.";
        }
    }
}

/// <summary>The theory form of <see cref="ChromiumFactAttribute"/>: skipped by name without Chromium.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
        {
            Skip = $"Chromium not found at {ChromiumFactAttribute.ChromiumPath}: run ./test.sh (installs Debian's chromium) to run the browser tests.";
        }
    }
}

/// <summary>The real application on a real loopback port: the browser cannot reach the in-memory
/// TestServer that WebApplicationFactory uses by default.</summary>
public sealed class KestrelFactory : MarketplaceFactory
{
    public KestrelFactory() : this(TestDatabase.Sqlite()) { }

    /// <summary>With settings, e.g. <c>Seed:Demo=true</c> for what a new user meets.</summary>
    public KestrelFactory(IDictionary<string, string?>? settings) : this(TestDatabase.Sqlite(), settings) { }

    public KestrelFactory(TestDatabase database, IDictionary<string, string?>? settings = null) : base(database, settings) =>
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}

public sealed class BrowserWorldFixture : WorldFixture
{
    protected override MarketplaceFactory CreateFactory(TestDatabase database)
    {
        var factory = new KestrelFactory(database);
        factory.StartServer();
        return factory;
    }

    public string BaseUrl => ((KestrelFactory)Factory).BaseUrl;
}

/// <summary>Chromium from the system, never a downloaded one, with axe-core on every page.</summary>
public static class Browsers
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ChromiumFactAttribute.ChromiumPath,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    public static string ScreenshotDir
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>Clicks a form's submit button and returns once the server has answered the post.
    /// A page that redirects to itself looks the same before and after, so waiting on the page
    /// alone would let a test read the database before the save happened.</summary>
    public static Task<IResponse> SubmitAsync(this IPage page, string button) =>
        page.RunAndWaitForResponseAsync(() => page.Locator(button).ClickAsync(), r => r.Request.Method == "POST");

    /// <summary>Runs axe-core on the page as it is now and fails on serious or critical
    /// violations; saves a full-page screenshot named after the step.</summary>
    public static async Task CheckPageAsync(this IPage page, string step)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, $"{step}.png"), FullPage = true });
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{step} ({page.Url}): " + string.Join("; ", bad.Select(v =>
            $"{v.Id} [{v.Impact}] {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    /// <summary>An HTTP client signed in through the real endpoint of the same Kestrel server the
    /// browser uses, for arranging what a test's browser then looks at.</summary>
    public static async Task<HttpClient> ApiClientAsync(string baseUrl, string email)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new() }) { BaseAddress = new Uri(baseUrl) };
        var login = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/api/auth/login", new { email, password = TestWorld.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        return client;
    }

    public static async Task<IPage> SignInAsync(IBrowser browser, string baseUrl, string email, string password = TestWorld.Password)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.CheckPageAsync("00-login");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        return page;
    }
}
