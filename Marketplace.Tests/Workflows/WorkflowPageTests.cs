using System.Globalization;
using System.Net;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Workflows;

/// <summary>The role pages over HTTP: forms keep input and tie errors to fields, write nothing on
/// error, and the employer's profile page opens only after consent.</summary>
public sealed class WorkflowPageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private List<KeyValuePair<string, string>> PlacementForm(string title, string postcode, string group) =>
    [
        new("Form.Title", title), new("Form.Description", "Lagerarbete med plock och pack."), new("Form.OccupationGroup", group),
        new("Form.EmploymentForm", "Placement"), new("Form.MinSwedishLevel", "A2"), new("Form.WorkplacePostcode", postcode),
        new("Form.Worktime", "FullTime"), new("Form.StartDate", fixture.Today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("Form.Seats", "2"), new("Form.HoursPerWeek", "40"),
    ];

    [Fact]
    public async Task EditPlacement_BadPostcodeAndTitle_ErrorsTiedToFieldsInputKeptNothingWritten()
    {
        var employer = await fixture.ClientAsync("employer1");
        var before = await fixture.QueryAsync(db => db.Placements.CountAsync());

        var response = await employer.PostFormAsync("/Employer/Edit", "/Employer/Edit", PlacementForm("Ab", "123", "9111 Städare"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"err-WorkplacePostcode\"[^>]*>[^<]+<", html);
        Assert.Matches("id=\"err-Title\"[^>]*>[^<]+<", html);
        Assert.Contains("aria-describedby=\"err-WorkplacePostcode\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"123\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.QueryAsync(db => db.Placements.CountAsync()));
    }

    [Fact]
    public async Task EditPlacement_UnreadableMapPoint_OneSwedishErrorOnThePickerNothingWritten()
    {
        var employer = await fixture.ClientAsync("employer1");
        var before = await fixture.QueryAsync(db => db.Placements.CountAsync());
        await employer.GetAsync("/Language?culture=sv&returnUrl=/"); // a user's choice is remembered across sign-ins
        var form = PlacementForm("Kartpunkt som inte går att läsa", "392 31", "9111 Städare");
        form.AddRange([new("Form.WorkplaceLat", "56,6x"), new("Form.WorkplaceLon", "16.1")]);

        var response = await employer.PostFormAsync("/Employer/Edit", "/Employer/Edit", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"err-WorkplacePoint\"[^>]*>Kontrollera värdet\\.<", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<li>Kontrollera värdet\\.</li>"));
        Assert.Equal(before, await fixture.QueryAsync(db => db.Placements.CountAsync()));
    }

    [Theory]
    [InlineData("NaN", "16.1")]
    [InlineData("56.6", "Infinity")]
    [InlineData("-Infinity", "16.1")]
    public async Task EditPlacement_NotFiniteMapPoint_ErrorOnThePickerNot500(string lat, string lon)
    {
        var employer = await fixture.ClientAsync("employer1");
        await employer.GetAsync("/Language?culture=sv&returnUrl=/");
        var before = await fixture.QueryAsync(db => db.Placements.CountAsync());
        var form = PlacementForm("Kartpunkt som inte är ett tal", "392 31", "9111 Städare");
        form.AddRange([new("Form.WorkplaceLat", lat), new("Form.WorkplaceLon", lon)]);

        var response = await employer.PostFormAsync("/Employer/Edit", "/Employer/Edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"err-WorkplacePoint\"[^>]*>[^<]+<", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await fixture.QueryAsync(db => db.Placements.CountAsync()));
    }

    [Fact]
    public async Task EditMeeting_LineBreakInPlace_FieldErrorNothingWritten()
    {
        var coach = await fixture.ClientAsync("coachA");
        var id = fixture.World.DraftMeeting.Id;
        var page = await coach.GetStringAsync($"/Coach/EditMeeting/{id}");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Form.Version\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"Form.Version\"");
        var start = fixture.Now.AddDays(12).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var end = fixture.Now.AddDays(12).AddHours(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var answer = fixture.Now.AddDays(10).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        var response = await coach.PostFormAsync($"/Coach/EditMeeting/{id}", $"/Coach/EditMeeting/{id}",
        [
            new("Form.Version", version.Groups[1].Success ? version.Groups[1].Value : version.Groups[2].Value), new("Form.Title", "Träff med radbrytning"),
            new("Form.StartsAt", start), new("Form.EndsAt", end), new("Form.AnswerDeadline", answer), new("Form.Capacity", "10"),
            new("Form.Place", "Storgatan 1\r\nBEGIN:VEVENT"), new("Form.Employers[0].EmployerId", fixture.World.Employer1.Id.ToString(CultureInfo.InvariantCulture)),
            new("Form.Employers[0].Positions", "1"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"err-Place\"[^>]*>Skriv detta på en rad, utan styrtecken\\.<", await response.Content.ReadAsStringAsync());
        Assert.Equal("Storgatan 1", await fixture.QueryAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.Place).SingleAsync()));
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("ar")]
    [InlineData("uk")]
    public async Task EditPlacement_InvariantDecimalPoint_SavedInEveryLanguage(string culture)
    {
        var employer = await fixture.ClientAsync("employer1");
        await employer.GetAsync($"/Language?culture={culture}&returnUrl=/");
        var title = $"Kartpunkt på {culture}";
        var form = PlacementForm(title, "392 31", "9111 Städare");
        form.AddRange([new("Form.WorkplaceLat", "56.67321"), new("Form.WorkplaceLon", "16.33457")]);

        var response = await employer.PostFormAsync("/Employer/Edit", "/Employer/Edit", form);
        await employer.GetAsync("/Language?culture=sv&returnUrl=/"); // the user's choice is remembered: back to the default

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await fixture.QueryAsync(db => db.Placements.Where(p => p.Title == title).Select(p => new { p.WorkplaceLat, p.WorkplaceLon }).SingleAsync());
        Assert.Equal(56.67321, stored.WorkplaceLat);
        Assert.Equal(16.33457, stored.WorkplaceLon);
    }

    [Fact]
    public async Task EditPlacement_ValidThenPublish_DraftCreatedThenPublished()
    {
        var employer = await fixture.ClientAsync("employer1");
        var group = await fixture.QueryAsync(db => db.OccupationGroups.Where(g => g.Ssyk == "9111").Select(g => g.Ssyk + " " + g.Label).SingleAsync());

        var created = await employer.PostFormAsync("/Employer/Edit", "/Employer/Edit", PlacementForm("Lagerpraktik sida", "392 31", group));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var placement = await fixture.QueryAsync(db => db.Placements.SingleAsync(p => p.Title == "Lagerpraktik sida"));
        Assert.Equal((PlacementStatus.Draft, fixture.World.Employer1.Id), (placement.Status, placement.EmployerOrganisationId));
        var url = $"/Employer/Edit/{placement.Id}";
        var published = await employer.PostFormAsync(url, $"{url}?handler=Status", [new("status", "Published"), new("version", placement.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(PlacementStatus.Published, await fixture.QueryAsync(db => db.Placements.Where(p => p.Id == placement.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task EmployerProfilePage_BeforeConsentNotFound_AfterConsentShown()
    {
        var coach = await fixture.ClientAsync("coachA");
        var employer = await fixture.ClientAsync("employer1");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "PageFlow");
        var me = await fixture.ClientAsync("PageFlow");
        var entry = await coach.ShortlistAsync(fixture.World.PlacementE1.Id, candidate.Id);
        var request = await coach.RequestConsentAsync(entry.Id);

        var before = await employer.GetAsync($"/Employer/Candidate/{entry.Id}");
        var answered = await me.PostFormAsync("/Candidate", "/Candidate?handler=Answer", [new("requestId", request.Id.ToString(CultureInfo.InvariantCulture)), new("accept", "true")]);
        var after = await employer.GetAsync($"/Employer/Candidate/{entry.Id}");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(candidate.LastName, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coachA", "/Coach/Placements")]
    [InlineData("coachA", "/Coach/Shortlist/{E1}")]
    [InlineData("employer1", "/Employer/Placement/{E1}")]
    [InlineData("employer1", "/Employer/Edit/{E1}")]
    [InlineData("candidateA", "/Candidate")]
    public async Task RolePage_OwnScope_Ok(string user, string url)
    {
        var client = await fixture.ClientAsync(user);

        var response = await client.GetAsync(url.Replace("{E1}", fixture.World.PlacementE1.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("coachA", "/Coach/Shortlist/{DraftE2}")]
    [InlineData("employer1", "/Employer/Placement/{PublishedE2}")]
    [InlineData("employer1", "/Employer/Edit/{PublishedE2}")]
    public async Task RolePage_SomeoneElsesPlacement_NotFound(string user, string url)
    {
        var client = await fixture.ClientAsync(user);

        var response = await client.GetAsync(url.Replace("{DraftE2}", fixture.World.DraftE2.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{PublishedE2}", fixture.World.PublishedE2.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
