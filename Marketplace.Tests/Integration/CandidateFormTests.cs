using System.Net;
using Marketplace.Data;
using Marketplace.Tests.Foundation;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Integration;

/// <summary>The coach's profile form: field messages in Swedish and nothing written on bad input,
/// a duplicate warning before saving, and a saved profile that matching sees at once.</summary>
public sealed class CandidateFormTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static Dictionary<string, string> Valid(string email) => new()
    {
        ["Form.FirstName"] = "Leyla",
        ["Form.LastName"] = "Formsson",
        ["Form.Email"] = email,
        ["Form.HomePostcode"] = "392 31",
        ["Form.SwedishLevel"] = "3",
        ["Form.SfiCourse"] = "0",
        ["Form.EducationLevel"] = "3",
        ["Form.Transport"] = "Walk",
        ["Form.MaxCommuteMinutes"] = "45",
        ["Form.AvailableFrom"] = "2026-01-01",
        ["Form.Worktime"] = "0",
        ["Form.Searchable"] = "true",
        ["Form.ConsentToMatching"] = "true",
    };

    [ProviderFact]
    public async Task Save_BadFields_SwedishFieldMessagesAndNothingWritten(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var form = Valid("bad@example.se");
        form["Form.FirstName"] = "";
        form["Form.HomePostcode"] = "12";
        form["Form.MaxCommuteMinutes"] = "999";
        var before = await CountAsync(app);

        var response = await PostAsync(coach, "/Coach/EditCandidate", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Skriv förnamnet.", html, StringComparison.Ordinal);
        Assert.Contains("Skriv mellan 5 och 180 minuter.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"err-HomePostcode\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app));
    }

    [ProviderFact]
    public async Task Save_Valid_RedirectsToProfileAndMatchingSeesIt(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");

        var response = await PostAsync(coach, "/Coach/EditCandidate", Valid("leyla.new@example.se"));
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var ranked = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<Marketplace.Web.CandidateSearch.MatchList>(coach,
            $"/api/placements/{app.World.PlacementE1.Id}/matches?k=50");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(ranked!.Results, r => r.Id == id);
    }

    [ProviderFact]
    public async Task Save_SameEmailAsExisting_WarnsFirstThenSavesWhenConfirmed(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var form = Valid(app.World.CandidateA.Email!);
        var before = await CountAsync(app);

        var warned = await PostAsync(coach, "/Coach/EditCandidate", form);
        var warning = await warned.Content.ReadAsStringAsync();
        var countAfterWarning = await CountAsync(app);
        form["ConfirmedNotDuplicate"] = "true";
        var saved = await PostAsync(coach, "/Coach/EditCandidate", form);

        Assert.Contains("Kanske är samma person redan registrerad", warning, StringComparison.Ordinal);
        Assert.Contains($"/Coach/Candidate/{app.World.CandidateA.Id}", warning, StringComparison.Ordinal);
        Assert.Equal(before, countAfterWarning);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 1, await CountAsync(app));
    }

    [ProviderFact]
    public async Task Save_SameEmailAsCandidateOutsideScope_NamesTheUnitNotThePerson(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        // Coach C's unit has no agreement with unit A: the warning must not reveal Alma.
        var coach = await app.ClientAsync("coachC");
        var form = Valid(app.World.CandidateA.Email!);
        var before = await CountAsync(app);

        var warned = await PostAsync(coach, "/Coach/EditCandidate", form);
        var warning = await warned.Content.ReadAsStringAsync();

        Assert.Contains("Kanske är samma person redan registrerad", warning, StringComparison.Ordinal);
        Assert.Contains("Någon som är registrerad hos Unit A.", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(app.World.CandidateA.LastName, warning, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Coach/Candidate/{app.World.CandidateA.Id}", warning, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app));
    }

    [ProviderFact]
    public async Task Save_SameNameAndBirthDateOtherCaseAndAccents_Warns_DifferentBirthDateSaves(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var born = new DateOnly(1990, 5, 1);
        await using (var scope = app.Factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.Candidates.Add(CandidateBuilder.Valid(app.Clock, app.World.UnitA.Id, "Åsa", "Öberg-Ångström").With(c => c.BirthDate = born).Build());
            await db.SaveChangesAsync();
        }
        var form = Valid("another.asa@example.se");
        form["Form.FirstName"] = "ASA";
        form["Form.LastName"] = " oberg-angstrom";
        form["Form.BirthDate"] = "1990-05-01";
        var before = await CountAsync(app);

        var warned = await PostAsync(coach, "/Coach/EditCandidate", form);
        var warning = await warned.Content.ReadAsStringAsync();
        var countAfterWarning = await CountAsync(app);
        form["Form.BirthDate"] = "1990-05-02";
        var saved = await PostAsync(coach, "/Coach/EditCandidate", form);

        Assert.Contains("Kanske är samma person redan registrerad", warning, StringComparison.Ordinal);
        Assert.Contains("Åsa Öberg-Ångström", warning, StringComparison.Ordinal);
        Assert.Equal(before, countAfterWarning);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 1, await CountAsync(app));
    }

    [Theory]
    [InlineData("Åsa", "Öberg", "asa", "OBERG", true)]
    [InlineData("José", "Núñez  Pérez", "jose", "nunez perez", true)]
    [InlineData("Ali", "Hassan", "Alia", "Hassan", false)]
    public void NameKey_CaseAccentsAndSpaces_Ignored(string first1, string last1, string first2, string last2, bool same) =>
        Assert.Equal(same, Marketplace.Web.Workflows.CandidateProfileService.NameKey(first1, last1) == Marketplace.Web.Workflows.CandidateProfileService.NameKey(first2, last2));

    [Fact]
    public async Task Save_AbsurdBirthDate_FieldErrorNothingWritten()
    {
        var coach = await fixture.ClientAsync("coachA");
        var form = Valid("too.young@example.se");
        form["Form.BirthDate"] = fixture.Now.AddYears(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = await CountAsync(fixture);

        var response = await PostAsync(coach, "/Coach/EditCandidate", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("id=\"err-BirthDate\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"err-BirthDate\" class=\"error\"></span>", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(fixture));
    }

    [Fact]
    public async Task Edit_CandidateOfUnrelatedUnit_NotFound()
    {
        var coach = await fixture.ClientAsync("coachC");

        var response = await coach.GetAsync($"/Coach/EditCandidate/{fixture.World.CandidateA.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [ProviderFact]
    public async Task Edit_ExistingProfile_PrefilledAndChangeSaved(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        // One of unit A's own: a shared candidate (B) is read-only for coach A (decisions/0015).
        var id = await app.QueryAsync(async db =>
        {
            var own = CandidateBuilder.Valid(app.Clock, app.World.UnitA.Id, "Bashir", "Berg").Build();
            db.Candidates.Add(own);
            await db.SaveChangesAsync();
            return own.Id;
        });
        var page = await coach.GetStringAsync($"/Coach/EditCandidate/{id}");
        Assert.Contains("value=\"Bashir\"", page, StringComparison.Ordinal);
        var form = Valid("bashir@example.se");
        form["Form.FirstName"] = "Bashir";
        form["Form.LastName"] = "Berg-Edited";
        form["Form.Version"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"Form.Version\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await PostAsync(coach, $"/Coach/EditCandidate/{id}", form, page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.Factory.Scope();
        Assert.Equal("Berg-Edited", await scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().Candidates.Where(c => c.Id == id).Select(c => c.LastName).SingleAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> form, string? page = null)
    {
        page ??= await client.GetStringAsync(url);
        var body = new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = AntiForgery.TokenFrom(page) };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    private static async Task<int> CountAsync(ITestApp app)
    {
        await using var scope = app.Factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().Candidates.CountAsync();
    }
}
