using System.Net;
using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Integration;

/// <summary>A signed-in user changes their own password on /Account/Password: the current one is
/// required, the new one follows the same rules as every account, and a mistake changes nothing.</summary>
public sealed class PasswordChangeTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private const string NewPassword = "fyra ord i rad";

    /// <summary>A user of its own per test, so changing a password never touches the shared world.</summary>
    private async Task<(string Email, HttpClient Client)> NewUserAsync(string name)
    {
        var email = $"{name}@test.se";
        await using (var scope = fixture.Factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, EmployerOrganisationId = fixture.World.Employer1.Id };
            Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.EmployerUser);
        }
        var client = fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: true));
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(client, email, TestWorld.Password)).StatusCode);
        return (email, client);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password });

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string @new, string confirm) =>
        client.PostFormAsync("/Account/Password", "/Account/Password", new Dictionary<string, string>
        {
            ["Form.Current"] = current,
            ["Form.New"] = @new,
            ["Form.Confirm"] = confirm,
        });

    private HttpClient Fresh() => fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: true));

    [Fact]
    public async Task Change_Valid_NewPasswordSignsInOldDoesNotAndThisSessionStays()
    {
        var (email, client) = await NewUserAsync("change-valid");

        var response = await ChangeAsync(client, TestWorld.Password, NewPassword, NewPassword);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Password"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Ditt lösenord är bytt.", page, StringComparison.Ordinal); // still signed in
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(Fresh(), email, TestWorld.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(Fresh(), email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Change_WrongCurrentPassword_FieldErrorAndPasswordUnchanged()
    {
        var (email, client) = await NewUserAsync("change-wrong");

        var response = await ChangeAsync(client, "not my password", NewPassword, NewPassword);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()); // the app encodes å, ä, ö

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Det nuvarande lösenordet stämmer inte.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-Current\" name=\"Form.Current\" type=\"password\" autocomplete=\"current-password\" aria-describedby=\"err-Current\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(Fresh(), email, TestWorld.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(Fresh(), email, NewPassword)).StatusCode);
    }

    public static TheoryData<string, string, string, string, string> BadForms => new()
    {
        { TestWorld.Password, "kort", "kort", "New", "Använd minst 12 tecken; några ord i rad är lätta att komma ihåg." },
        { TestWorld.Password, NewPassword, "fyra ord i rad!", "Confirm", "Skriv det nya lösenordet likadant två gånger." },
        { TestWorld.Password, TestWorld.Password, TestWorld.Password, "New", "Välj ett lösenord som du inte använder nu." },
        { TestWorld.Password, "", "", "New", "Skriv ett nytt lösenord." },
        { "", NewPassword, NewPassword, "Current", "Skriv ditt nuvarande lösenord." },
        { TestWorld.Password, new string('x', 257), new string('x', 257), "New", "Använd högst 256 tecken." },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task Change_BadForm_FieldMessageNothingChangedNothingEchoed(string current, string @new, string confirm, string field, string message)
    {
        var (email, client) = await NewUserAsync($"change-bad-{Guid.NewGuid():N}");

        var response = await ChangeAsync(client, current, @new, confirm);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()); // the app encodes å, ä, ö

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<span id=\"err-{field}\" class=\"error\">{message}</span>", html, StringComparison.Ordinal);
        if (@new.Length > 0) Assert.DoesNotContain($"value=\"{@new}\"", html, StringComparison.Ordinal); // never written back
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(Fresh(), email, TestWorld.Password)).StatusCode);
    }

    [Fact]
    public async Task Get_SignedOut_RedirectsToSignIn()
    {
        var response = await fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: false)).GetAsync("/Account/Password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("/Account/Login", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
    }
}
