using System.Net;
using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;

namespace Marketplace.Tests.Foundation;

/// <summary>The probe's finding: a saved cookie still read a profile after logout (8 h, sliding).
/// Logout, a password change and an admin's "end sessions" now end every copy within a minute.</summary>
public sealed class SessionTests(ClockedWorldFixture fixture) : IClassFixture<ClockedWorldFixture>
{
    /// <summary>Signs in without a cookie jar and returns the cookie header a thief would save.</summary>
    private async Task<string> SavedCookieAsync(string user)
    {
        var client = fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: false));
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = fixture.World.Users[user].Email, password = TestWorld.Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private async Task<HttpStatusCode> ReadWithAsync(string cookie, string url)
    {
        var client = fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: false));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }

    private string Profile => $"/api/candidates/{fixture.World.CandidateA.Id}";

    [Fact]
    public async Task Logout_ApiOrPage_SavedCookieRefusedWithinAMinute()
    {
        var saved = await SavedCookieAsync("coachA");
        var pageSaved = await SavedCookieAsync("coachA");
        Assert.Equal(HttpStatusCode.OK, await ReadWithAsync(saved, Profile));

        var browser = await fixture.ClientAsync("coachA");
        (await browser.PostAsync("/api/auth/logout", null)).EnsureSuccessStatusCode();
        fixture.Clock.Advance(Marketplace.Web.Access.Sessions.CheckInterval + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(saved, Profile));
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(pageSaved, Profile));
    }

    [Fact]
    public async Task LogoutPage_OtherCopiesEndToo()
    {
        var saved = await SavedCookieAsync("coachC");
        var browser = await fixture.ClientAsync("coachC");
        var logout = await browser.PostFormAsync("/Coach", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        fixture.Clock.Advance(Marketplace.Web.Access.Sessions.CheckInterval + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(saved, $"/api/candidates/{fixture.World.CandidateC.Id}"));
    }

    [Fact]
    public async Task AdminEndsSessions_OwnUnitsCoach_CookieRefused_OtherUnitsNotFound()
    {
        var saved = await SavedCookieAsync("employer1");
        await fixture.World.AddLoginAsync(fixture.Factory, "coachEnded", Roles.Coach, u => u.UnitId = fixture.World.UnitA.Id);
        var coachCookie = await SavedCookieAsync("coachEnded");
        var admin = await fixture.ClientAsync("admin");

        var ended = await admin.PostAsync($"/api/auth/users/{fixture.World.Users["coachEnded"].Id}/end-sessions", null);
        var foreign = await admin.PostAsync($"/api/auth/users/{fixture.World.Users["coachC"].Id}/end-sessions", null);
        var employer = await admin.PostAsync($"/api/auth/users/{fixture.World.Users["employer1"].Id}/end-sessions", null);
        fixture.Clock.Advance(Marketplace.Web.Access.Sessions.CheckInterval + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, employer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(coachCookie, Profile));
        // Nobody else's session was touched.
        Assert.Equal(HttpStatusCode.OK, await ReadWithAsync(saved, $"/api/placements/{fixture.World.PlacementE1.Id}"));
    }

    [Fact]
    public async Task PasswordChange_OtherCopiesEnd_TheChangingBrowserStaysSignedIn()
    {
        await fixture.World.AddLoginAsync(fixture.Factory, "coachPassword", Roles.Coach, u => u.UnitId = fixture.World.UnitA.Id);
        var saved = await SavedCookieAsync("coachPassword");
        var browser = await fixture.ClientAsync("coachPassword");
        const string next = "en helt ny lösenfras 2026";

        var changed = await browser.PostFormAsync("/Account/Password", "/Account/Password",
            new Dictionary<string, string> { ["Form.Current"] = TestWorld.Password, ["Form.New"] = next, ["Form.Confirm"] = next });
        fixture.Clock.Advance(Marketplace.Web.Access.Sessions.CheckInterval + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(saved, Profile));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Profile)).StatusCode);
    }
}
