using System.Net;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.CandidateSearch;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Integration;

/// <summary>A stored profile the index cannot map (an older version, a hand edit, an import) is
/// left out and counted; it never stops the index rebuild that start-up runs, nor a ranking.</summary>
public sealed class UnmappableRowTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task BadStoredRow_RebuildRankExplainAdmin_SkippedCountedNo500()
    {
        var bad = CandidateBuilder.Valid(fixture.Clock, fixture.World.UnitA.Id, "Trasig", "Rad").With(c => c.SfiCourse = (SfiCourse)12345).Build();
        await using (var scope = fixture.Factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.Candidates.Add(bad);
            await db.SaveChangesAsync();
            // What CandidateIndexInitializer does at start-up.
            await scope.ServiceProvider.GetRequiredService<CandidateIndexService>().RebuildAsync(db, CancellationToken.None);
        }
        var coach = await fixture.ClientAsync("coachA");
        var admin = await fixture.ClientAsync("admin");
        var placement = fixture.World.PlacementE1.Id;

        var index = fixture.Factory.Services.GetRequiredService<CandidateIndexService>();
        var ranked = await coach.GetAsync($"/api/placements/{placement}/matches");
        var explained = await coach.GetAsync($"/api/placements/{placement}/matches/{bad.Id}");
        var reverse = await coach.GetAsync($"/api/candidates/{bad.Id}/matches");
        var adminPage = await admin.GetStringAsync("/Admin");

        Assert.Contains(bad.Id, index.Unmappable);
        Assert.True(index.Index.Count > 0);
        Assert.Equal(HttpStatusCode.OK, ranked.StatusCode);
        Assert.Contains($"\"id\":{fixture.World.CandidateA.Id},", await ranked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, explained.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reverse.StatusCode);
        Assert.Contains("deltagarprofiler gick inte att läsa", adminPage, StringComparison.Ordinal);
    }
}
