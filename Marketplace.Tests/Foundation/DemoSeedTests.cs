using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Foundation;

/// <summary>What a new user meets after the run command: the demo municipality, its people and
/// one working login per role.</summary>
public sealed class DemoSeedTests : IDisposable
{
    private readonly MarketplaceFactory _factory = new(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Seed:Demo"] = "true" });

    [Fact]
    public async Task FirstRun_DemoSeed_KalmarCountyWithEnoughVariety()
    {
        _ = _factory.Server;
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();

        var units = await db.Units.ToListAsync();
        var candidates = await db.Candidates.Include(c => c.Skills).AsNoTracking().ToListAsync();
        var postcodes = await db.Postcodes.ToDictionaryAsync(p => p.Code, p => p.MunicipalityCode);

        Assert.Equal(["0880", "0881"], units.Select(u => u.MunicipalityCode).Order());
        Assert.True(await db.DataSharingAgreements.AnyAsync(), "the neighbouring municipality shares with Kalmar");
        var meeting = await db.Meetings.Include(m => m.Invitations).SingleAsync(m => m.Status == MeetingStatus.Published);
        Assert.True(meeting.Invitations.Count >= 3, "the demo meeting has invitations");
        Assert.Contains(meeting.Invitations, i => i.State == InvitationState.Invited);
        Assert.True(await db.Employers.CountAsync() >= 30);
        Assert.True(await db.Placements.CountAsync() >= 60);
        Assert.True(await db.Placements.Select(p => p.OccupationGroupId).Distinct().CountAsync() >= 15, "placements span many SSYK-4 groups");
        Assert.True(candidates.Count >= 300);
        Assert.All(candidates, c => Assert.StartsWith("08", postcodes[c.HomePostcode], StringComparison.Ordinal)); // Kalmar county
        Assert.True(candidates.Select(c => c.SwedishLevel).Distinct().Count() >= 4, "a spread of Swedish levels");
        Assert.True(candidates.Select(c => c.Transport).Distinct().Count() >= 3, "a spread of transport situations");
        Assert.True(candidates.Count(c => c.Skills.Count > 0) > candidates.Count / 2);
    }

    [Theory]
    [InlineData(DemoSeeder.AdminEmail, "/Admin")]
    [InlineData(DemoSeeder.CoachEmail, "/Coach")]
    [InlineData(DemoSeeder.EmployerEmail, "/Employer")]
    [InlineData(DemoSeeder.CandidateEmail, "/Candidate")]
    public async Task DemoLogin_EachRole_ReachesItsPage(string email, string page)
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/api/auth/login", new { email, password = "kalmar-demo-2026" });

        var response = await client.GetAsync(page);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, login.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DemoCandidate_FirstVisit_HasAConsentQuestionToAnswer()
    {
        var client = _factory.CreateClient();
        await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/api/auth/login", new { email = DemoSeeder.CandidateEmail, password = DemoSeeder.DefaultDemoPassword });

        var html = await client.GetStringAsync("/Candidate");

        Assert.Contains("name=\"requestId\"", html, StringComparison.Ordinal); // an answer form
    }

    public void Dispose() => _factory.Dispose();
}
