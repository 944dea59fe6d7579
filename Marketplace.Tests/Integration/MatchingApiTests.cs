using System.Net;
using System.Net.Http.Json;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.CandidateSearch;

namespace Marketplace.Tests.Integration;

/// <summary>Matching through the running application: the index built from the database at
/// start-up, the coach's scope respected, bad requests answered 4xx.</summary>
public sealed class MatchingApiTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task RankCandidates_Coach_OnlyVisibleCandidatesBestFirstWithReasons()
    {
        var coach = await fixture.ClientAsync("coachA");

        var list = await coach.GetFromJsonAsync<MatchList>($"/api/placements/{fixture.World.PlacementE1.Id}/matches?k=10");

        var ids = list!.Results.Select(r => r.Id).ToList();
        Assert.Contains(fixture.World.CandidateA.Id, ids);
        Assert.Contains(fixture.World.CandidateB.Id, ids); // unit B shares with unit A
        Assert.DoesNotContain(fixture.World.CandidateC.Id, ids); // unit C does not
        Assert.Equal(list.Results.OrderByDescending(r => r.Score).ThenBy(r => r.Id).Select(r => r.Id), ids);
        Assert.All(list.Results, r => Assert.Equal(4, r.Factors.Count));
        Assert.All(list.Results, r => Assert.All(r.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Text))));
    }

    [Fact]
    public async Task RankCandidates_CoachOfOtherUnit_SeesOwnCandidateOnly()
    {
        var coach = await fixture.ClientAsync("coachC");

        var list = await coach.GetFromJsonAsync<MatchList>($"/api/placements/{fixture.World.PlacementE1.Id}/matches");

        Assert.Equal([fixture.World.CandidateC.Id], list!.Results.Select(r => r.Id));
    }

    [Theory]
    [InlineData("k=0", "k")]
    [InlineData("k=100000", "k")]
    [InlineData("skills=1.5", "skills")]
    [InlineData("commute=-0.1", "commute")]
    [InlineData("skills=0&language=0&commute=0&interest=0", "weights")]
    public async Task RankCandidates_BadRequest_ValidationProblemNamingField(string query, string field)
    {
        var coach = await fixture.ClientAsync("coachA");

        var response = await coach.GetAsync($"/api/placements/{fixture.World.PlacementE1.Id}/matches?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task RankCandidates_UnknownOrDraftPlacement_NotFound()
    {
        var coach = await fixture.ClientAsync("coachA");

        var unknown = await coach.GetAsync("/api/placements/987654/matches");
        var draft = await coach.GetAsync($"/api/placements/{fixture.World.DraftE2.Id}/matches");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Fact]
    public async Task RankCandidates_Employer_Forbidden()
    {
        var employer = await fixture.ClientAsync("employer1");

        var response = await employer.GetAsync($"/api/placements/{fixture.World.PlacementE1.Id}/matches");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SavedProfile_NotSearchable_LeavesRankingRightAfterSave()
    {
        var coach = await fixture.ClientAsync("coachA");
        var url = $"/api/placements/{fixture.World.PublishedE2.Id}/matches";
        var created = await (await coach.PostAsJsonAsync("/api/candidates", new
        {
            firstName = "Rami",
            lastName = "Index",
            homePostcode = "39231",
            swedishLevel = "B2",
            transport = "Walk",
            maxCommuteMinutes = 60,
            availableFrom = "2020-01-01",
            searchable = true,
            consentToMatching = true,
        })).Content.ReadFromJsonAsync<Marketplace.Web.Api.CandidateDto>();
        var before = await coach.GetFromJsonAsync<MatchList>(url);

        var edit = System.Text.Json.JsonSerializer.SerializeToNode(created)!.AsObject();
        edit["searchable"] = false;
        await coach.PutAsJsonAsync($"/api/candidates/{created!.Id}", edit);
        var after = await coach.GetFromJsonAsync<MatchList>(url);

        Assert.Contains(before!.Results, r => r.Id == created.Id);
        Assert.DoesNotContain(after!.Results, r => r.Id == created.Id);
    }

    [Fact]
    public async Task Explain_CandidateWhoCannotReach_FailuresSaySo()
    {
        var coach = await fixture.ClientAsync("coachA");
        var created = await (await coach.PostAsJsonAsync("/api/candidates", new
        {
            firstName = "Far",
            lastName = "Away",
            homePostcode = "98131",
            swedishLevel = "B2",
            transport = "Walk",
            maxCommuteMinutes = 30,
            availableFrom = "2020-01-01",
            searchable = true,
            consentToMatching = true,
        })).Content.ReadFromJsonAsync<Marketplace.Web.Api.CandidateDto>(); // Kiruna, far from Kalmar

        var row = await coach.GetFromJsonAsync<MatchRow>($"/api/placements/{fixture.World.PlacementE1.Id}/matches/{created!.Id}");

        Assert.NotEmpty(row!.Failures);
    }

    [Fact]
    public async Task RankPlacements_CandidateSelf_OpenPlacementsOnly_OtherCandidateNotFound()
    {
        var candidate = await fixture.ClientAsync("candidateA");

        var own = await candidate.GetFromJsonAsync<MatchList>($"/api/candidates/{fixture.World.CandidateA.Id}/matches");
        var other = await candidate.GetAsync($"/api/candidates/{fixture.World.CandidateB.Id}/matches");

        Assert.Contains(own!.Results, r => r.Id == fixture.World.PlacementE1.Id);
        Assert.DoesNotContain(own.Results, r => r.Id == fixture.World.DraftE2.Id);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task CandidatePortal_OpenPlacementNearby_ListedWithReasonsInSwedish()
    {
        var candidate = await fixture.ClientAsync("candidateA");

        var html = await candidate.GetStringAsync("/Candidate");

        var section = html[html.IndexOf("Platser som kan passa dig", StringComparison.Ordinal)..];
        Assert.Contains("Employer One AB", section, StringComparison.Ordinal);
        Assert.Contains("Svenska A2", section, StringComparison.Ordinal); // the language reason, rendered in Swedish
    }
}
