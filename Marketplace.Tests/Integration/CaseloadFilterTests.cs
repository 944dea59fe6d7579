using System.Net;
using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Integration;

/// <summary>The coach's caseload filters, in SQL inside the coach's scope, the same on the page
/// (query string, no script) and in <c>GET /api/candidates</c>.</summary>
public sealed class CaseloadFilterTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    /// <summary>Two candidates in unit A that differ on every filter: one fresh, held by coach A,
    /// C1 Swedish, with a pending consent question and a "placed" outcome, living outside Kalmar;
    /// one registered in 2020 with A1 Swedish, no coach, nothing going on. A pair per test, so
    /// each test asserts only about its own pair.</summary>
    private static async Task<(Candidate Fresh, Candidate Old)> PairAsync(ITestApp app)
    {
        var coachId = app.World.Users["coachA"].Id;
        var elsewhere = await app.QueryAsync(db => db.Postcodes.Where(p => p.MunicipalityCode != "0880").OrderBy(p => p.Code).FirstAsync());
        return await app.QueryAsync(async db =>
        {
            var fresh = CandidateBuilder.Valid(app.Clock, app.World.UnitA.Id, "Filippa", "Filtersson").With(c =>
            {
                c.CoachId = coachId;
                c.SwedishLevel = CefrLevel.C1;
                c.HomePostcode = elsewhere.Code;
            }).Build();
            var old = CandidateBuilder.Valid(app.Clock, app.World.UnitA.Id, "Olle", "Filtersson").With(c =>
            {
                c.SwedishLevel = CefrLevel.A1;
                c.RegisteredAt = new DateTime(2020, 3, 1, 0, 0, 0, DateTimeKind.Utc);
            }).Build();
            db.Candidates.AddRange(fresh, old);
            await db.SaveChangesAsync();
            var entry = new ShortlistEntry { PlacementId = app.World.PlacementE1.Id, CandidateId = fresh.Id, CoachStatus = CoachStatus.Presented, AddedAt = app.Now };
            db.ShortlistEntries.Add(entry);
            await db.SaveChangesAsync();
            db.ConsentRequests.Add(new ConsentRequest
            {
                ShortlistEntryId = entry.Id,
                CandidateId = fresh.Id,
                EmployerOrganisationId = app.World.Employer1.Id,
                RequestedById = coachId,
                RequestedAt = app.Now,
                Deadline = app.Now.AddDays(3),
                State = ConsentState.Pending,
            });
            db.Outcomes.Add(new CandidateOutcome
            {
                CandidateId = fresh.Id,
                Kind = OutcomeKind.Placement,
                PlacementId = app.World.PlacementE1.Id,
                EmployerOrganisationId = app.World.Employer1.Id,
                StartDate = app.Today,
                RecordedById = coachId,
                RecordedAt = app.Now,
                UpdatedAt = app.Now,
            });
            await db.SaveChangesAsync();
            return (fresh, old);
        });
    }

    [ProviderTheory]
    [InlineData("coach=mine")]
    [InlineData("swedish=B2")]
    [InlineData("consent=pending")]
    [InlineData("shortlist=Presented")]
    [InlineData("outcome=any")]
    [InlineData("outcome=Placement")]
    [InlineData("since=2025-01-01")]
    [InlineData("municipality={elsewhere}")]
    [InlineData("q=filtersson&swedish=C1&consent=pending&outcome=Placement&coach=mine")]
    public async Task List_Filter_FreshCandidateInOldOut(string query, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var (fresh, old) = await PairAsync(app);
        var coach = await app.ClientAsync("coachA");
        query = await WithMunicipalityAsync(app, fresh, query);

        var list = await coach.GetFromJsonAsync<List<CandidateListItem>>($"/api/candidates?{query}");

        Assert.Contains(list!, c => c.Id == fresh.Id);
        Assert.DoesNotContain(list!, c => c.Id == old.Id);
        Assert.DoesNotContain(list!, c => c.Id == app.World.CandidateC.Id); // never outside the scope
    }

    [ProviderTheory]
    [InlineData("outcome=none")]
    [InlineData("outcome=Job")]
    [InlineData("shortlist=Placed")]
    public async Task List_Filter_FreshCandidateOut(string query, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var (fresh, old) = await PairAsync(app);
        var coach = await app.ClientAsync("coachA");

        var list = await coach.GetFromJsonAsync<List<CandidateListItem>>($"/api/candidates?{query}");

        Assert.DoesNotContain(list!, c => c.Id == fresh.Id);
        Assert.Equal(query == "outcome=none", list!.Any(c => c.Id == old.Id));
    }

    [ProviderFact]
    public async Task List_FilterOutsideScope_CoachCFindsNeitherWhateverTheFilter(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        await PairAsync(app);
        var coach = await app.ClientAsync("coachC");

        var list = await coach.GetFromJsonAsync<List<CandidateListItem>>("/api/candidates?q=filtersson");

        Assert.Empty(list!);
    }

    [Theory]
    [InlineData("swedish=Z9")]
    [InlineData("outcome=maybe")]
    [InlineData("since=1999-01-01")]
    [InlineData("coach=theirs")]
    public async Task List_BadFilter_BadRequestNotServerError(string query)
    {
        var coach = await fixture.ClientAsync("coachA");

        var response = await coach.GetAsync($"/api/candidates?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Page_FiltersInQueryString_ListFilteredAndFormKeepsChoices()
    {
        var (fresh, old) = await PairAsync(fixture);
        var coach = await fixture.ClientAsync("coachA");

        var html = await coach.GetStringAsync("/Coach?swedish=C1&outcome=any&consent=pending");

        Assert.Contains($"/Coach/Candidate/{fresh.Id}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Coach/Candidate/{old.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"C1\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"consent\" name=\"consent\" type=\"checkbox\" value=\"pending\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("Rensa filter", html, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Page_TitleFollowsTheCoachFilterAndSearchTakesFullNames(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (fresh, old) = await PairAsync(app);
        var coach = await app.ClientAsync("coachA");

        var all = await coach.GetStringAsync("/Coach");
        var mine = await coach.GetStringAsync("/Coach?coach=mine");
        var byFullName = await coach.GetStringAsync("/Coach?q=" + Uri.EscapeDataString("Filíppa FILTERSSON"));

        Assert.Contains("<h1>Alla deltagare</h1>", all, StringComparison.Ordinal);
        Assert.Contains("<h1>Mina deltagare</h1>", mine, StringComparison.Ordinal);
        Assert.Contains($"/Coach/Candidate/{fresh.Id}\"", byFullName, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Coach/Candidate/{old.Id}\"", byFullName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_BadPage_BadRequestNotServerError()
    {
        var coach = await fixture.ClientAsync("coachA");

        Assert.Equal(HttpStatusCode.BadRequest, (await coach.GetAsync("/api/candidates?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coach.GetAsync("/api/candidates?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Page_UnreadableFilter_FieldMessageNotServerError()
    {
        var coach = await fixture.ClientAsync("coachA");

        var response = await coach.GetAsync("/Coach?swedish=Z9");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"err-Swedish\" class=\"error\">Välj ett värde i listan.</span>", html, StringComparison.Ordinal);
    }

    private static async Task<string> WithMunicipalityAsync(AppWorld app, Candidate fresh, string query)
    {
        if (!query.Contains("{elsewhere}", StringComparison.Ordinal))
        {
            return query;
        }
        var code = await app.QueryAsync(db => db.Postcodes.Where(p => p.Code == fresh.HomePostcode).Select(p => p.MunicipalityCode).SingleAsync());
        return query.Replace("{elsewhere}", code, StringComparison.Ordinal);
    }
}
