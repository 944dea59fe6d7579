using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Foundation;

public sealed class AuditLogTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task AuditEntry_UpdateOrDelete_Refused()
    {
        await using var scope = fixture.Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var entry = new AccessAuditEntry { UserId = "u", Role = "Coach", ObjectKind = "Candidate", ObjectId = "1", Purpose = "test", Permitted = true, At = fixture.Now };
        db.AccessAudit.Add(entry);
        await db.SaveChangesAsync();

        entry.Purpose = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.Entry(entry).State = EntityState.Deleted;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task CandidateViews_AfterCoachViewed_CandidateSeesWhoAndWhy()
    {
        var coach = await fixture.ClientAsync("coachA");
        await coach.GetAsync($"/api/candidates/{fixture.World.CandidateA.Id}?purpose=search");
        var candidate = await fixture.ClientAsync("candidateA");

        var views = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<Marketplace.Web.Api.ProfileViewDto>>(candidate, $"/api/candidates/{fixture.World.CandidateA.Id}/views");
        var portal = await candidate.GetStringAsync("/Candidate");

        // The query's "search" is not written: the server knows the view came from the caseload.
        Assert.Equal("caseload", views![0].Purpose);
        Assert.Contains(views!, v => v.Role == "Coach" && v.Purpose == "caseload" && v.UnitId == fixture.World.UnitA.Id && v.Viewer == fixture.World.UnitA.Name);
        // On the page in plain words: which unit looked and why, no codes.
        var row = System.Text.RegularExpressions.Regex.Match(portal, "<table id=\"views\">.*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains($"<td>En jobbcoach på {System.Net.WebUtility.HtmlEncode(fixture.World.UnitA.Name)}</td><td>för att arbeta med din planering tillsammans med dig</td>", row, StringComparison.Ordinal);
        Assert.DoesNotContain("caseload", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Coach", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnProfile_ViewedByCandidate_NotLoggedAsAView()
    {
        var candidate = await fixture.ClientAsync("candidateA");
        var id = fixture.World.CandidateA.Id;
        var userId = fixture.World.Users["candidateA"].Id;

        await candidate.GetAsync($"/api/candidates/{id}");

        await using var scope = fixture.Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        Assert.False(await db.AccessAudit.AnyAsync(a => a.UserId == userId && a.ObjectKind == "Candidate" && a.Permitted));
    }
}
