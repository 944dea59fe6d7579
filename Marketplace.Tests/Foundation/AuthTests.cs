using System.Net;
using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Foundation;

public sealed class AuthTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Theory]
    [InlineData("coachA", "Coach", "/Coach")]
    [InlineData("employer1", "EmployerUser", "/Employer")]
    [InlineData("candidateA", "Candidate", "/Candidate")]
    [InlineData("admin", "Admin", "/Admin")]
    public async Task SignIn_EachRole_SeesOwnHomePage(string user, string role, string home)
    {
        var client = await fixture.ClientAsync(user);

        var me = await client.GetFromJsonAsync<Marketplace.Web.Api.MeResponse>("/api/me");
        var start = await client.GetAsync("/");
        var page = await client.GetAsync(home);

        Assert.Equal(role, me!.Role);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal(home, start.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("coachA", "/Employer")]
    [InlineData("employer1", "/Coach")]
    [InlineData("candidateA", "/Admin")]
    [InlineData("admin", "/Candidate")]
    public async Task RolePage_OtherRole_Forbidden(string user, string page)
    {
        var client = await fixture.ClientAsync(user);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Anonymous_Unauthorized()
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/candidates");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_UnauthorizedWithoutSayingWhy()
    {
        var client = fixture.Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "coach.a@test.se", password = "wrong password!!" });
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@test.se", password = "wrong password!!" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var known = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        var unknownDetail = await unknown.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        Assert.Contains("Wrong e-mail or password", known!.Detail, StringComparison.Ordinal);
        Assert.Equal(known.Detail, unknownDetail!.Detail);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksAccountEvenForRightPassword()
    {
        await using (var scope = fixture.Factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var victim = new AppUser { UserName = "lockme@test.se", Email = "lockme@test.se", DisplayName = "L" };
            Assert.True((await users.CreateAsync(victim, TestWorld.Password)).Succeeded);
        }
        var client = fixture.Factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email = "lockme@test.se", password = "not the password" });
        }

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "lockme@test.se", password = TestWorld.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("short pass1", false)] // 11 characters
    [InlineData("twelvechars!", true)]
    [InlineData("alllowercaseletters", true)] // no composition rules (ASVS 2.1.9)
    public async Task CreateUser_PasswordLength_TwelveOrMore(string password, bool accepted)
    {
        await using var scope = fixture.Factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}@test.se";

        var result = await users.CreateAsync(new AppUser { UserName = email, Email = email, DisplayName = "P" }, password);

        Assert.Equal(accepted, result.Succeeded);
    }

    [Fact]
    public async Task PasswordHash_Pbkdf2_AtLeast210000Iterations()
    {
        await using var scope = fixture.Factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("coach.a@test.se");

        // Identity's V3 format: 0x01, PRF (uint32), iteration count (uint32, big-endian), salt size, salt, subkey.
        var bytes = Convert.FromBase64String(user!.PasswordHash!);
        var iterations = (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];

        Assert.Equal(0x01, bytes[0]);
        Assert.True(iterations >= 210_000, $"iterations = {iterations}");
    }

    [Fact]
    public async Task LoginPage_EmptyFields_FieldMessagesAndNoSignIn()
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Account/Login");
        var token = AntiForgery.TokenFrom(form);

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "not-an-email",
            ["Input.Password"] = "",
            ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Skriv en e-postadress", html, StringComparison.Ordinal);
        Assert.Contains("Skriv ditt lösenord", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task LoginPage_RightPassword_SignsInAndRedirects()
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = AntiForgery.TokenFrom(await client.GetStringAsync("/Account/Login"));

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "coach.a@test.se",
            ["Input.Password"] = TestWorld.Password,
            ["__RequestVerificationToken"] = token,
        }));
        var caseload = await client.GetAsync("/Coach");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
    }
}

/// <summary>A separate application whose sign-in limit is low enough to reach.</summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private readonly MarketplaceFactory _factory = new(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["SignIn:PermitsPerMinute"] = "3" });

    [Fact]
    public async Task SignIn_MoreThanLimitPerMinute_TooManyRequests()
    {
        var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var r = await client.PostAsJsonAsync("/api/auth/login", new { email = "x@test.se", password = "whatever password" });
            statuses.Add(r.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SignInPage_OpenedMoreThanLimit_StillServedAndAttemptsStillLimited()
    {
        var client = _factory.CreateClient();
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add((await client.GetAsync("/Account/Login")).StatusCode);
        }
        var attempts = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            attempts.Add((await client.PostAsJsonAsync("/api/auth/login", new { email = "y@test.se", password = "whatever password" })).StatusCode);
        }

        Assert.All(pages, s => Assert.Equal(HttpStatusCode.OK, s)); // looking at the page is not a guess
        Assert.Equal(HttpStatusCode.TooManyRequests, attempts[^1]);
    }

    public void Dispose() => _factory.Dispose();
}

internal static class AntiForgery
{
    public static string TokenFrom(string html)
    {
        var m = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(m.Success, "no antiforgery token in the form");
        return m.Groups[1].Value;
    }
}
