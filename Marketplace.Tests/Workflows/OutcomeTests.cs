using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Workflows;

/// <summary>Outcomes (PRODUCT.md capability 9): recorded by the coach with dates, read by the
/// candidate, in the export, never created by an employer's "hired".</summary>
public sealed class OutcomeTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [ProviderFact]
    public async Task Record_PlacementOutcome_CoachAndCandidateSeeItAndExportHasIt(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Placed");
        var me = await app.ClientAsync("Placed");
        var placement = app.World.PlacementE1;

        var created = await coach.PostAsJsonAsync($"/api/candidates/{candidate.Id}/outcomes",
            new { kind = "Placement", placementId = placement.Id, startDate = Iso(app.Today.AddDays(-10)), note = "4 veckor" });
        var coachList = await coach.GetFromJsonAsync<List<OutcomeDto>>($"/api/candidates/{candidate.Id}/outcomes");
        var ownList = await me.GetFromJsonAsync<List<OutcomeDto>>($"/api/candidates/{candidate.Id}/outcomes");
        var export = await me.GetFromJsonAsync<CandidateExport>("/api/me/export", JsonSerializerOptions.Web);
        var portal = await me.GetStringAsync("/Candidate");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var outcome = Assert.Single(coachList!);
        Assert.Equal(OutcomeKind.Placement, outcome.Kind);
        Assert.Equal(app.World.Employer1.Id, outcome.EmployerId); // the placement's employer
        Assert.Equal(placement.Title, outcome.PlacementTitle);
        Assert.Null(outcome.EndDate);
        Assert.Equal(outcome.Id, Assert.Single(ownList!).Id);
        Assert.Equal(outcome.Id, Assert.Single(export!.Outcomes).Id);
        Assert.Contains("Du har en praktikplats", portal, StringComparison.Ordinal);
    }

    /// <summary>Dates are written relative to the application's today (<c>[today+13m]</c>) and
    /// resolved in the test, where the fixture's clock is known.</summary>
    public static TheoryData<string, string> BadRequests => new()
    {
        { "{\"kind\":\"Studies\",\"startDate\":\"[today]\",\"endDate\":\"[today-1d]\"}", "EndDate" },
        { "{\"kind\":\"Studies\",\"startDate\":\"1999-12-31\"}", "StartDate" },
        { "{\"kind\":\"Studies\",\"startDate\":\"[today+13m]\"}", "StartDate" },
        { "{\"kind\":\"Studies\",\"startDate\":\"[today]\",\"endDate\":\"[today+11y]\"}", "EndDate" },
        { "{\"kind\":\"Placement\",\"startDate\":\"[today]\"}", "PlacementId" },
        { "{\"kind\":\"Job\",\"startDate\":\"[today]\"}", "EmployerId" },
        { "{\"kind\":\"Job\",\"employerId\":999999,\"startDate\":\"[today]\"}", "EmployerId" },
        { "{\"kind\":\"Placement\",\"placementId\":999999,\"startDate\":\"[today]\"}", "PlacementId" },
    };

    private static string Dated(AppWorld app, string json) => json.Replace("[today]", Iso(app.Today), StringComparison.Ordinal)
        .Replace("[today-1d]", Iso(app.Today.AddDays(-1)), StringComparison.Ordinal)
        .Replace("[today+13m]", Iso(app.Today.AddMonths(13)), StringComparison.Ordinal)
        .Replace("[today+11y]", Iso(app.Today.AddYears(11)), StringComparison.Ordinal);

    [ProviderTheory]
    [MemberData(nameof(BadRequests))]
    public async Task Record_BadRequest_FieldErrorAndNothingWritten(string json, string field, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var id = app.World.CandidateA.Id;
        var before = await app.QueryAsync(db => db.Outcomes.CountAsync());

        var response = await coach.PostAsync($"/api/candidates/{id}/outcomes", new StringContent(Dated(app, json), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(before, await app.QueryAsync(db => db.Outcomes.CountAsync()));
    }

    [ProviderFact]
    public async Task Record_DraftPlacementOrStudiesWithEmployer_FieldErrors(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var id = app.World.CandidateA.Id;
        var before = await app.QueryAsync(db => db.Outcomes.CountAsync(o => o.CandidateId == id));

        var draft = await coach.PostAsJsonAsync($"/api/candidates/{id}/outcomes", new { kind = "Placement", placementId = app.World.DraftE2.Id, startDate = Iso(app.Today) });
        var studies = await coach.PostAsJsonAsync($"/api/candidates/{id}/outcomes", new { kind = "Studies", employerId = app.World.Employer1.Id, startDate = Iso(app.Today) });
        var mismatch = await coach.PostAsJsonAsync($"/api/candidates/{id}/outcomes",
            new { kind = "Job", employerId = app.World.Employer2.Id, placementId = app.World.PlacementE1.Id, startDate = Iso(app.Today) });

        Assert.Contains("PlacementId", (await draft.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Contains("Kind", (await studies.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Contains("PlacementId", (await mismatch.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(before, await app.QueryAsync(db => db.Outcomes.CountAsync(o => o.CandidateId == id)));
    }

    [ProviderFact]
    public async Task Update_EndDateWithVersion_SavedAndStaleVersionConflicts(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Ender");
        var created = await (await coach.PostAsJsonAsync($"/api/candidates/{candidate.Id}/outcomes",
            new { kind = "Job", employerId = app.World.Employer2.Id, startDate = Iso(app.Today.AddMonths(-2)) })).Content.ReadFromJsonAsync<OutcomeDto>();

        var ended = await coach.PutAsJsonAsync($"/api/outcomes/{created!.Id}",
            new { kind = "Job", employerId = app.World.Employer2.Id, startDate = Iso(created.StartDate), endDate = Iso(app.Today), version = created.Version });
        var stale = await coach.PutAsJsonAsync($"/api/outcomes/{created.Id}",
            new { kind = "Job", employerId = app.World.Employer2.Id, startDate = Iso(created.StartDate), endDate = Iso(app.Today.AddDays(-1)), version = created.Version });

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(app.Today, await app.QueryAsync(db => db.Outcomes.Where(o => o.Id == created.Id).Select(o => o.EndDate).SingleAsync()));
    }

    [ProviderFact]
    public async Task HiredAndPlaced_OnShortlist_CreateNoOutcomeButCoachIsOfferedToRecordIt(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var employer = await app.ClientAsync("employer1");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Hired");
        var me = await app.ClientAsync("Hired");
        var placement = app.World.PlacementE1.Id;
        var entry = await coach.ShortlistAsync(placement, candidate.Id);
        var request = await coach.RequestConsentAsync(entry.Id);
        await me.PostAsJsonAsync($"/api/consent-requests/{request.Id}/answer", new { accept = true });
        var version = (await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.Version;
        var placed = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Placed", version });
        version = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetGuid();
        var interesting = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Interesting", version });
        version = (await interesting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetGuid();
        var hired = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Hired", version });

        var page = await coach.GetStringAsync($"/Coach/Candidate/{candidate.Id}");

        Assert.Equal(HttpStatusCode.OK, hired.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Outcomes.AnyAsync(o => o.CandidateId == candidate.Id)));
        Assert.Contains($"/Coach/Outcome/{candidate.Id}?kind=Placement&amp;placementId={placement}", page, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task OutcomeForm_BadThenGood_SwedishFieldMessagesNothingWrittenThenShownOnProfile(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Former");
        var url = $"/Coach/Outcome/{candidate.Id}";
        var bad = new Dictionary<string, string>
        {
            ["Form.Kind"] = "Studies",
            ["Form.StartDate"] = Iso(app.Today),
            ["Form.EndDate"] = Iso(app.Today.AddDays(-3)),
            ["Form.Note"] = "SFI D",
        };

        var rejected = await coach.PostFormAsync(url, url, bad);
        var html = await rejected.Content.ReadAsStringAsync();
        var writtenAfterBad = await app.QueryAsync(db => db.Outcomes.CountAsync(o => o.CandidateId == candidate.Id));
        bad["Form.EndDate"] = Iso(app.Today.AddMonths(6));
        var saved = await coach.PostFormAsync(url, url, bad);
        var profile = await coach.GetStringAsync($"/Coach/Candidate/{candidate.Id}");

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("Slutdatumet kan inte vara före startdatumet.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-EndDate\" name=\"Form.EndDate\" type=\"date\" value=\"" + Iso(app.Today.AddDays(-3)) + "\" aria-describedby=\"err-EndDate\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(0, writtenAfterBad);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Studier", profile, StringComparison.Ordinal);
        Assert.Contains("SFI D", profile, StringComparison.Ordinal);
    }
}
