using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Api;
using Marketplace.Web.CandidateSearch;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Foundation;

/// <summary>Issue 14's holes in the log and in what employers see, each as the attack a probe made:
/// a caller-chosen purpose, list views and role refusals that left no trace, an employer reading
/// ids before consent, a candidate who could not take consent back or leave matching.</summary>
public sealed class PrivacyTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<List<string>> PurposesAsync(string user, int candidateId) => fixture.QueryAsync(db =>
    {
        var userId = fixture.World.Users[user].Id;
        var key = Key(candidateId);
        return db.AccessAudit.Where(a => a.UserId == userId && a.ObjectKind == "Candidate" && a.ObjectId == key && a.Permitted)
            .OrderBy(a => a.Id).Select(a => a.Purpose).ToListAsync();
    });

    private Task<Candidate> AddCandidateAsync(string lastName, int unitId, string? coach = null) => fixture.QueryAsync(async db =>
    {
        var c = CandidateBuilder.Valid(fixture.Clock, unitId, "Pia", lastName).Build();
        c.CoachId = coach is null ? null : fixture.World.Users[coach].Id;
        db.Candidates.Add(c);
        await db.SaveChangesAsync();
        return c;
    });

    /// <summary>A fresh candidate with a login, on placement E1's shortlist, asked to share with
    /// employer 1; they have said yes unless <paramref name="answer"/> is false.</summary>
    private async Task<(Candidate Person, ShortlistEntryDto Entry, ConsentDto Consent, HttpClient Candidate)> AskedAsync(string key, bool answer)
    {
        var coach = await fixture.ClientAsync("coachA");
        var person = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, key);
        var entry = await coach.ShortlistAsync(fixture.World.PlacementE1.Id, person.Id);
        var consent = await coach.RequestConsentAsync(entry.Id);
        var candidate = await fixture.ClientAsync(key);
        if (answer)
        {
            (await candidate.PostAsJsonAsync($"/api/consent-requests/{consent.Id}/answer", new { accept = true })).EnsureSuccessStatusCode();
        }
        return (person, entry, consent, candidate);
    }

    [Fact]
    public async Task Purpose_ChosenInTheQuery_IgnoredServerContextLogged()
    {
        var coach = await fixture.ClientAsync("coachA");
        var a = fixture.World.CandidateA.Id;
        var before = (await PurposesAsync("coachA", a)).Count;

        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/api/candidates/{a}?purpose=Arbetsförmedlingen: rättslig begäran")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/api/candidates/{a}?placement={fixture.World.PlacementE1.Id}")).StatusCode);
        // A placement the coach may not see names nothing.
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/api/candidates/{a}?placement={fixture.World.DraftE2.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/api/candidates/{fixture.World.CandidateB.Id}")).StatusCode);

        Assert.Equal(["caseload", $"placement:{fixture.World.PlacementE1.Id}", "caseload"], (await PurposesAsync("coachA", a)).Skip(before).ToList());
        var agreement = await fixture.QueryAsync(db => db.DataSharingAgreements.Where(x => x.GrantingUnitId == fixture.World.UnitB.Id && x.ReceivingUnitId == fixture.World.UnitA.Id)
            .Select(x => x.Id).FirstAsync());
        Assert.Equal($"agreement:{agreement}", (await PurposesAsync("coachA", fixture.World.CandidateB.Id)).Last());
    }

    [Fact]
    public async Task Lists_CaseloadAndMatches_EachCandidateShownIsLogged()
    {
        var coach = await fixture.ClientAsync("coachA");
        var placement = fixture.World.PlacementE1.Id;

        var caseload = (await coach.GetFromJsonAsync<List<CandidateListItem>>("/api/candidates"))!;
        var matches = (await coach.GetFromJsonAsync<MatchList>($"/api/placements/{placement}/matches"))!;

        Assert.NotEmpty(caseload);
        foreach (var c in caseload)
        {
            Assert.Contains("list:caseload", await PurposesAsync("coachA", c.Id));
        }
        Assert.NotEmpty(matches.Results);
        foreach (var m in matches.Results)
        {
            Assert.Contains($"list:placement:{placement}", await PurposesAsync("coachA", m.Id));
        }
        // Being listed is not an opening of the profile: "who viewed me" stays about openings.
        var candidate = await fixture.ClientAsync("candidateA");
        var views = (await candidate.GetFromJsonAsync<List<ProfileViewDto>>($"/api/candidates/{fixture.World.CandidateA.Id}/views"))!;
        Assert.DoesNotContain(views, v => v.Purpose.StartsWith("list:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("employer1", "GET", "/api/placements/1/matches", "GET /api/placements/{id:int}/matches")]
    [InlineData("candidateA", "GET", "/api/dashboard", "GET /api/dashboard")]
    [InlineData("coachA", "GET", "/Admin", "GET /Admin")]
    public async Task RoleRefusal_Logged(string user, string method, string url, string endpoint)
    {
        var client = await fixture.ClientAsync(user);
        var userId = fixture.World.Users[user].Id;
        var before = await fixture.QueryAsync(db => db.AccessAudit.CountAsync(a => a.UserId == userId && a.ObjectKind == "Endpoint" && !a.Permitted));

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{url}: {response.StatusCode}");
        var logged = await fixture.QueryAsync(db => db.AccessAudit.Where(a => a.UserId == userId && a.ObjectKind == "Endpoint" && !a.Permitted).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(before + 1, logged.Count);
        Assert.Equal(endpoint, logged[^1].ObjectId, ignoreCase: true);
    }

    [Fact]
    public async Task Employer_EntryBeforeConsent_NoCandidateIdAnywhere_AfterYes_Identified()
    {
        var employer = await fixture.ClientAsync("employer1");
        var (person, entry, consent, candidate) = await AskedAsync("privacyAsk", answer: false);

        var pending = await employer.GetStringAsync($"/api/shortlist-entries/{entry.Id}");
        Assert.Contains("\"candidateId\":null", pending, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"candidateId\":{person.Id}", pending, StringComparison.Ordinal);

        (await candidate.PostAsJsonAsync($"/api/consent-requests/{consent.Id}/answer", new { accept = true })).EnsureSuccessStatusCode();
        var shared = await employer.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}");
        Assert.Equal(person.Id, shared!.CandidateId);
        // The consented profile carries the locality and commute, never coordinates or internal ids.
        var profile = await employer.GetStringAsync($"/api/candidates/{person.Id}?entry={entry.Id}");
        Assert.DoesNotContain("homeLat", profile, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("homeLon", profile, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unitId", profile, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Candidate_WithdrawsConsent_EmployerLosesAccessAtOnce_CoachAndEmployerTold()
    {
        var employer = await fixture.ClientAsync("employer1");
        var (person, entry, consent, candidate) = await AskedAsync("privacyWithdraw", answer: true);
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"/api/candidates/{person.Id}?entry={entry.Id}")).StatusCode);

        var withdrawn = await candidate.PostAsync($"/api/consent-requests/{consent.Id}/withdraw", null);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/api/candidates/{person.Id}?entry={entry.Id}")).StatusCode);
        var coachId = fixture.World.Users["coachA"].Id;
        var employerId = fixture.World.Users["employer1"].Id;
        Assert.True(await fixture.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == coachId && n.Kind == "ConsentWithdrawnByCandidate")));
        Assert.True(await fixture.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == employerId && n.Kind == "ConsentWithdrawnByCandidate")));
        // Someone else's consent is not theirs to withdraw.
        Assert.Equal(HttpStatusCode.NotFound, (await candidate.PostAsync($"/api/consent-requests/{fixture.World.ConsentB.Id}/withdraw", null)).StatusCode);
    }

    [Fact]
    public async Task Candidate_SwitchesSearchableOff_LeavesMatchingCoachTold_OnlyTheirOwn()
    {
        var person = await AddCandidateAsync("Sökbar", fixture.World.UnitA.Id, coach: "coachA");
        await fixture.World.AddLoginAsync(fixture.Factory, "privacySearchable", Roles.Candidate, u => u.CandidateId = person.Id);
        await using (var scope = fixture.Factory.Scope())
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Marketplace.Data.MarketplaceDbContext>(scope.ServiceProvider);
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CandidateIndexService>(scope.ServiceProvider).UpsertAsync(db, person.Id, CancellationToken.None);
        }
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.ClientAsync("privacySearchable");
        var url = $"/api/placements/{fixture.World.PlacementE1.Id}/matches?k=200";
        Assert.Contains((await coach.GetFromJsonAsync<MatchList>(url))!.Results, r => r.Id == person.Id);

        var off = await candidate.PutAsJsonAsync($"/api/candidates/{person.Id}/searchable", new { searchable = false });

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.DoesNotContain((await coach.GetFromJsonAsync<MatchList>(url))!.Results, r => r.Id == person.Id);
        var coachId = fixture.World.Users["coachA"].Id;
        Assert.True(await fixture.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == coachId && n.Kind == "SearchableChanged")));
        Assert.Equal(HttpStatusCode.NotFound, (await candidate.PutAsJsonAsync($"/api/candidates/{fixture.World.CandidateA.Id}/searchable", new { searchable = false })).StatusCode);
        Assert.True(await fixture.QueryAsync(db => db.Candidates.Where(c => c.Id == fixture.World.CandidateA.Id).Select(c => c.Searchable).SingleAsync()));
    }

    /// <summary>The admin's follow-up lists a coach's opening of a profile with no reason on record,
    /// and stops listing it once the coach has one (a shortlist entry of theirs).</summary>
    [Fact]
    public async Task FollowUp_ViewWithoutReason_Listed_ReasonAdded_NotListed()
    {
        var person = await AddCandidateAsync("Granskad", fixture.World.UnitA.Id);
        var coach = await fixture.ClientAsync("coachA");
        var admin = await fixture.ClientAsync("admin");
        (await coach.GetAsync($"/api/candidates/{person.Id}")).EnsureSuccessStatusCode();

        var page = await admin.GetStringAsync("/Admin/Audit");
        Assert.Contains("Pia Granskad", page, StringComparison.Ordinal);
        Assert.Contains("coach.a@test.se", page, StringComparison.Ordinal);
        Assert.Contains("<td>Jobbcoach</td>", page, StringComparison.Ordinal);

        await coach.ShortlistAsync(fixture.World.PlacementE1.Id, person.Id);
        Assert.DoesNotContain("Pia Granskad", await admin.GetStringAsync("/Admin/Audit"), StringComparison.Ordinal);
        // A bad period is said so, in Swedish, not a 500.
        var bad = await admin.GetAsync("/Admin/Audit?from=2026-13-01");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Ange datumen som i kalendern", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
