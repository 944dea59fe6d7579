using System.Net;
using System.Net.Http.Json;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Api;
using Marketplace.Web.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Integration;

/// <summary>An employer registers itself and its first user on the public page, is signed in,
/// and the unit of its municipality hears of it; colleagues are added by the organisation's users.</summary>
public sealed class EmployerRegistrationTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private const string Password = "tre ord i rad";

    private static Dictionary<string, string> Form(string orgNr, string email) => new()
    {
        ["Form.Name"] = "Bageriet i Kalmar AB",
        ["Form.OrganisationNumber"] = orgNr,
        ["Form.Address"] = "Storgatan 1",
        ["Form.Postcode"] = "392 31",
        ["Form.ContactEmail"] = "info@bageriet.se",
        ["Form.ContactPhone"] = "0480-123 45",
        ["Form.DisplayName"] = "Bea Bagare",
        ["Form.Email"] = email,
        ["Form.Password"] = Password,
    };

    private HttpClient Anonymous() => fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Register_Valid_OrganisationAndUserCreatedSignedInAndMunicipalityCoachesNotified()
    {
        var client = Anonymous();

        var response = await client.PostFormAsync("/Account/RegisterEmployer", "/Account/RegisterEmployer", Form("559123-4561", "bea@bageriet.se"));
        var home = await client.GetAsync("/Employer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Employer", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode); // signed in as the new employer user
        var org = await fixture.QueryAsync(db => db.Employers.SingleAsync(e => e.OrganisationNumber == "559123-4561"));
        Assert.True(org.SelfRegistered);
        Assert.Null(org.RelationshipCoachId);
        Assert.Equal("0880", org.MunicipalityCode); // 392 31 is Kalmar, unit A's municipality
        var user = await fixture.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "bea@bageriet.se"));
        Assert.Equal(org.Id, user.EmployerOrganisationId);
        var coachA = fixture.World.Users["coachA"].Id;
        var coachC = fixture.World.Users["coachC"].Id;
        Assert.True(await fixture.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == coachA && n.Kind == NotificationKinds.EmployerRegistered)));
        Assert.False(await fixture.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == coachC && n.Kind == NotificationKinds.EmployerRegistered)));
    }

    [Fact]
    public async Task Register_TakenOrganisationNumber_SwedishFieldErrorAndNothingWritten()
    {
        var client = Anonymous();
        var taken = fixture.World.Employer1.OrganisationNumber;
        var before = await fixture.QueryAsync(db => db.Employers.CountAsync());

        var response = await client.PostFormAsync("/Account/RegisterEmployer", "/Account/RegisterEmployer", Form(taken, "dup@bageriet.se"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("En arbetsgivare med detta organisationsnummer finns redan.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-OrganisationNumber\" name=\"Form.OrganisationNumber\" type=\"text\" autocomplete=\"off\" value=\"" + taken + "\" aria-describedby=\"f-OrganisationNumber-hint err-OrganisationNumber\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, html, StringComparison.Ordinal); // a password is never echoed back
        Assert.Equal(before, await fixture.QueryAsync(db => db.Employers.CountAsync()));
        Assert.False(await fixture.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "dup@bageriet.se")));
    }

    public static TheoryData<object, string> BadRequests => new()
    {
        { new { name = "X AB", organisationNumber = "559123-4562", postcode = "39231", user = new { displayName = "Al", email = "a1@x.se", password = Password } }, "OrganisationNumber" },
        { new { name = "X AB", organisationNumber = "559123-4579", postcode = "39231", user = new { displayName = "Al", email = "a2@x.se", password = "short" } }, "User.Password" },
        { new { name = "X AB", organisationNumber = "559123-4579", postcode = "00000", user = new { displayName = "Al", email = "a3@x.se", password = Password } }, "Postcode" },
        { new { name = "X AB", organisationNumber = "559123-4579", postcode = "39231", user = new { displayName = "Al", email = "coach.a@test.se", password = Password } }, "User.Email" },
        { new { name = "X AB", organisationNumber = "559123-4579", postcode = "39231", user = new { displayName = "Al", email = "not-an-email", password = Password } }, "User.Email" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task RegisterApi_BadField_BadRequestNamingItAndNothingWritten(object body, string field)
    {
        var before = await fixture.QueryAsync(db => db.Employers.CountAsync());

        var response = await Anonymous().PostAsJsonAsync("/api/employers/register", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(before, await fixture.QueryAsync(db => db.Employers.CountAsync()));
    }

    [Fact]
    public async Task AddColleague_OwnOrganisation_CanSignInAndIsListed_ShortPasswordRefused()
    {
        var employer = await fixture.ClientAsync("employer1");
        var org = fixture.World.Employer1.Id;

        var tooShort = await employer.PostAsJsonAsync($"/api/employers/{org}/users", new { displayName = "Kim Kollega", email = "kim@employer1.se", password = "kort" });
        var added = await employer.PostAsJsonAsync($"/api/employers/{org}/users", new { displayName = "Kim Kollega", email = "kim@employer1.se", password = Password });
        var again = await employer.PostAsJsonAsync($"/api/employers/{org}/users", new { displayName = "Kim Igen", email = "kim@employer1.se", password = Password });
        var list = await employer.GetFromJsonAsync<List<EmployerUserDto>>($"/api/employers/{org}/users");
        var signIn = await Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "kim@employer1.se", password = Password });

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains("Email", (await again.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Contains(list!, u => u.Email == "kim@employer1.se");
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        var user = await fixture.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "kim@employer1.se"));
        Assert.Equal(org, user.EmployerOrganisationId);
    }

    [Fact]
    public async Task ColleaguesPage_AddWithBadEmail_SwedishFieldMessage()
    {
        var employer = await fixture.ClientAsync("employer1");

        var response = await employer.PostFormAsync("/Employer/Colleagues", "/Employer/Colleagues",
            new Dictionary<string, string> { ["Form.DisplayName"] = "Ny", ["Form.Email"] = "inte-en-adress", ["Form.Password"] = Password });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Skriv en e-postadress, till exempel namn@exempel.se.", html, StringComparison.Ordinal);
    }
}

/// <summary>A separate application whose limit is low enough to reach: registration shares sign-in's.</summary>
public sealed class EmployerRegistrationRateLimitTests : IDisposable
{
    private readonly MarketplaceFactory _factory = new(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["SignIn:PermitsPerMinute"] = "2" });

    [Fact]
    public async Task Register_MoreThanLimitPerMinute_TooManyRequests()
    {
        var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/employers/register", new { name = "X" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    public void Dispose() => _factory.Dispose();
}
