using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Workflows;

/// <summary>Consent to share: only an accepted request reveals the profile to the employer, a
/// withdrawal hides it again, and a request past its deadline counts as not consented.</summary>
public sealed class ConsentFlowTests(ClockedWorldFixture fixture) : IClassFixture<ClockedWorldFixture>
{
    private const string ProfileViewPurpose = "placement:";

    [ProviderFact]
    public async Task ConsentFlow_BeforeYesHidden_AfterYesShownAndLogged_AfterWithdrawalHidden(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var employer = await app.ClientAsync("employer1");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Flow");
        var me = await app.ClientAsync("Flow");
        var placement = app.World.PlacementE1.Id;
        var entry = await coach.ShortlistAsync(placement, candidate.Id);
        var request = await coach.RequestConsentAsync(entry.Id);
        // The employer reads the profile through the entry it was shared for, as on the page.
        var profileUrl = $"/api/candidates/{candidate.Id}?entry={entry.Id}";
        var presentedBefore = await employer.GetFromJsonAsync<List<PresentedCandidateDto>>($"/api/placements/{placement}/presented");
        var before = await employer.GetAsync(profileUrl);
        var answer = await me.PostAsJsonAsync($"/api/consent-requests/{request.Id}/answer", new { accept = true });
        var presentedAfter = await employer.GetFromJsonAsync<List<PresentedCandidateDto>>($"/api/placements/{placement}/presented");
        var after = await employer.GetAsync(profileUrl);
        var withdraw = await coach.PostAsync($"/api/consent-requests/{request.Id}/withdraw", null);
        var afterWithdrawal = await employer.GetAsync(profileUrl);

        var pseudonymised = presentedBefore!.Single(p => p.EntryId == entry.Id);
        Assert.False(pseudonymised.Shared);
        Assert.Null(pseudonymised.CandidateId);
        Assert.StartsWith("Kandidat ", pseudonymised.Pseudonym, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(candidate.Id, presentedAfter!.Single(p => p.EntryId == entry.Id).CandidateId);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterWithdrawal.StatusCode);
        var key = candidate.Id.ToString(CultureInfo.InvariantCulture);
        var employerId = app.World.Users["employer1"].Id;
        Assert.True(await app.QueryAsync(db => db.AccessAudit.AnyAsync(a =>
            a.UserId == employerId && a.ObjectKind == "Candidate" && a.ObjectId == key && a.Permitted && a.Purpose == ProfileViewPurpose + placement)));
    }

    [ProviderFact]
    public async Task PresentedList_BeforeConsent_NoNameContactOrPostcode(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var employer = await app.ClientAsync("employer1");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Pseudo");
        var entry = await coach.ShortlistAsync(app.World.PlacementE1.Id, candidate.Id);
        await coach.RequestConsentAsync(entry.Id);

        var json = await employer.GetStringAsync($"/api/placements/{app.World.PlacementE1.Id}/presented");

        Assert.Contains($"\"entryId\":{entry.Id}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Pseudo", json, StringComparison.Ordinal); // last name
        Assert.DoesNotContain(candidate.Email!, json, StringComparison.Ordinal);
        Assert.DoesNotContain(candidate.HomePostcode, json, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Answer_AfterDeadline_BadRequestExpired_ResendAllowed(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Late");
        var me = await app.ClientAsync("Late");
        var entry = await coach.ShortlistAsync(app.World.PlacementE1.Id, candidate.Id);
        var request = await coach.RequestConsentAsync(entry.Id, days: 2);

        app.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        // The sign-in cookies are past their lifetime on the moved clock too: sign in again.
        coach = await app.ClientAsync("coachA");
        me = await app.ClientAsync("Late");
        var answer = await me.PostAsJsonAsync($"/api/consent-requests/{request.Id}/answer", new { accept = true });
        var state = (await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.ConsentRequests.Single().State;
        var resent = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/consent-requests", new { deadlineDays = 7 });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Accept", (await answer.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(ConsentState.Expired, state);
        Assert.Equal(HttpStatusCode.Created, resent.StatusCode);
        Assert.False(await app.QueryAsync(db => db.ConsentRequests.AnyAsync(r => r.Id == request.Id && r.State == ConsentState.Accepted)));
    }

    [ProviderFact]
    public async Task Answer_No_ProfileStaysHidden_ResendAfterNoAllowedButNotWhilePending(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var employer = await app.ClientAsync("employer1");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Declines");
        var me = await app.ClientAsync("Declines");
        var entry = await coach.ShortlistAsync(app.World.PlacementE1.Id, candidate.Id);
        var request = await coach.RequestConsentAsync(entry.Id);

        var whilePending = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/consent-requests", new { deadlineDays = 3 });
        var no = await me.PostAsJsonAsync($"/api/consent-requests/{request.Id}/answer", new { accept = false });
        var profile = await employer.GetAsync($"/api/candidates/{candidate.Id}?entry={entry.Id}");
        var resent = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/consent-requests", new { deadlineDate = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.BadRequest, whilePending.StatusCode);
        Assert.Equal(HttpStatusCode.OK, no.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, profile.StatusCode);
        Assert.Equal(HttpStatusCode.Created, resent.StatusCode);
    }

    [ProviderTheory]
    [InlineData("{\"deadlineDays\":5}")]
    [InlineData("{}")]
    [InlineData("{\"deadlineDays\":3,\"deadlineDate\":\"2030-01-01\"}")]
    [InlineData("{\"deadlineDate\":\"2000-01-01\"}")]
    public async Task SendConsent_BadDeadline_BadRequestNamingDeadlineNothingWritten(string json, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, $"Deadline{Math.Abs(json.GetHashCode(StringComparison.Ordinal))}");
        var entry = await coach.ShortlistAsync(app.World.PlacementE1.Id, candidate.Id);

        var response = await coach.PostAsync($"/api/shortlist-entries/{entry.Id}/consent-requests", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Deadline", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.False(await app.QueryAsync(db => db.ConsentRequests.AnyAsync(r => r.ShortlistEntryId == entry.Id)));
    }

    [ProviderFact]
    public async Task Export_Candidate_ProfileEntriesConsentsAndAuditAboutThem(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var employer = await app.ClientAsync("employer1");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Exporter");
        var me = await app.ClientAsync("Exporter");
        var entry = await coach.ShortlistAsync(app.World.PlacementE1.Id, candidate.Id);
        var request = await coach.RequestConsentAsync(entry.Id);
        await me.PostAsJsonAsync($"/api/consent-requests/{request.Id}/answer", new { accept = true });
        await employer.GetAsync($"/api/candidates/{candidate.Id}?entry={entry.Id}");

        var response = await me.GetAsync("/api/me/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString(), StringComparison.Ordinal);
        var export = (await response.Content.ReadFromJsonAsync<CandidateExport>(JsonSerializerOptions.Web))!;
        Assert.Equal(candidate.Id, export.Profile.Id);
        Assert.Equal(entry.Id, Assert.Single(export.ShortlistEntries).Id);
        Assert.Equal(ConsentState.Accepted, Assert.Single(export.ConsentRequests).State);
        Assert.Contains(export.AuditEntries, a => a.Role == Roles.EmployerUser && a.Purpose == $"placement:{app.World.PlacementE1.Id}");
    }
}
