using System.Net;
using System.Net.Http.Json;
using Marketplace.Data;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Providers;

/// <summary>The same checks on each database provider: migrations from empty, no model drift,
/// and the write paths that depend on provider behaviour (concurrency tokens, UTC, collation).</summary>
public sealed class ProviderTests
{
    [ProviderFact]
    public async Task MigrationsFromEmpty_AllApplied_NoPendingModelChanges(TestProvider provider)
    {
        using var database = TestDatabase.For(provider, empty: true);
        var options = new DatabaseOptions(database.Provider, database.ConnectionString);
        await using var db = DatabaseSetup.CreateContext(options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration covers: add one with tools/add-migration.sh <Name>");
        Assert.Equal(0, await db.Candidates.CountAsync());
    }

    [ProviderFact]
    public async Task App_CreateUpdateConflictAndAudit_WorkOnProvider(TestProvider provider)
    {
        using var database = TestDatabase.For(provider, empty: true);
        using var factory = new MarketplaceFactory(database);
        var world = await TestWorld.CreateAsync(factory);
        var coach = await world.ClientAsync(factory, "coachA");
        var body = new
        {
            firstName = "Åsa",
            lastName = "Öberg",
            homePostcode = "39231",
            swedishLevel = "B1",
            transport = "Walk",
            maxCommuteMinutes = 30,
            availableFrom = "2026-12-01",
            searchable = true,
            consentToMatching = true,
            skills = Array.Empty<string>(),
        };

        var created = await (await coach.PostAsJsonAsync("/api/candidates", body)).Content.ReadFromJsonAsync<Web.Api.CandidateDto>();
        var edit = System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();
        edit["version"] = created!.Version;
        var first = await coach.PutAsJsonAsync($"/api/candidates/{created.Id}", edit);
        var stale = await coach.PutAsJsonAsync($"/api/candidates/{created.Id}", edit);
        var denied = await coach.GetAsync($"/api/candidates/{world.CandidateC.Id}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var stored = await db.Candidates.SingleAsync(c => c.Id == created.Id);
        Assert.Equal(DateTimeKind.Utc, stored.UpdatedAt.Kind);
        // E-mail and names compare without case (NOCASE on SQLite, which folds ASCII only;
        // utf8mb4_swedish_ci on MariaDB, which folds å, ä, ö too).
        Assert.True(await db.Candidates.AnyAsync(c => c.FirstName == "ALMA"));
        var deniedKey = world.CandidateC.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await db.AccessAudit.AnyAsync(a => a.ObjectId == deniedKey && !a.Permitted));
    }

    /// <summary>The follow-up figures, the coaches' employer list and the data-protection key store
    /// are read with grouping, subqueries and counts the provider must translate.</summary>
    [ProviderFact]
    public async Task App_DashboardEmployerListAndKeys_QueriesRunOnProvider(TestProvider provider)
    {
        using var database = TestDatabase.For(provider, empty: true);
        using var factory = new MarketplaceFactory(database);
        var world = await TestWorld.CreateAsync(factory);
        var coach = await world.ClientAsync(factory, "coachA");

        var dashboard = await coach.GetFromJsonAsync<Web.Dashboards.Dashboard>("/api/dashboard");
        var employers = await coach.GetFromJsonAsync<List<Web.Workflows.EmployerRelationRow>>("/api/employers/relations?show=all");

        // Unit A's only candidate, A: on employer 2's shortlist as presented, invited to the published meeting.
        Assert.Equal(
            [("Registered in the period", 1), ("On a shortlist", 1), ("Said yes to sharing", 0), ("Presented to an employer", 1), ("Invited to a recruitment meeting", 1), ("Outcome recorded", 0)],
            dashboard!.Funnel.Select(f => (f.Step, f.Candidates)).ToList());
        Assert.Equal(world.UnitA.Id, dashboard.UnitId);
        Assert.Contains(employers!, e => e.Id == world.Employer2.Id && e.PublishedPlacements == 1);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        Assert.True(await db.DataProtectionKeys.AnyAsync(k => k.Xml.Contains("<masterKey")), "the sign-in cookie's key is stored in the database");
    }

    /// <summary>The caseload search finds a full name, ignores accents and case, takes a postcode
    /// prefix, and pages 50 at a time with the total in a header: the same on every provider.</summary>
    [ProviderFact]
    public async Task App_CaseloadSearchAndPaging_SameOnProvider(TestProvider provider)
    {
        using var database = TestDatabase.For(provider, empty: true);
        using var factory = new MarketplaceFactory(database);
        var world = await TestWorld.CreateAsync(factory);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.Candidates.Add(CandidateBuilder.Valid(factory.Clock, world.UnitA.Id, "Yulia", "Kovalenko").With(c => c.HomePostcode = "38430").Build());
            db.Candidates.Add(CandidateBuilder.Valid(factory.Clock, world.UnitA.Id, "Yulia", "Shevchenko").Build());
            db.Candidates.Add(CandidateBuilder.Valid(factory.Clock, world.UnitA.Id, "Amra", "Begić").Build());
            db.Candidates.Add(CandidateBuilder.Valid(factory.Clock, world.UnitA.Id, "Åsa", "Öhman").Build());
            db.Candidates.AddRange(Enumerable.Range(1, 60).Select(i => CandidateBuilder.Valid(factory.Clock, world.UnitA.Id, "Sida", $"Personsson{i:D2}").Build()));
            await db.SaveChangesAsync();
        }
        var coach = await world.ClientAsync(factory, "coachA");
        async Task<List<string>> NamesAsync(string q) =>
            (await coach.GetFromJsonAsync<List<Web.Api.CandidateListItem>>($"/api/candidates?q={Uri.EscapeDataString(q)}"))!.Select(c => c.Name).ToList();

        Assert.Equal(["Yulia Kovalenko"], await NamesAsync("Yulia Kovalenko"));
        Assert.Equal(["Yulia Kovalenko"], await NamesAsync("kovalenko yulia"));
        Assert.Equal(["Amra Begić"], await NamesAsync("Begic"));
        Assert.Equal(["Åsa Öhman"], await NamesAsync("asa ohman"));
        Assert.Equal(["Åsa Öhman"], await NamesAsync("ÖHMAN"));
        Assert.Equal(["Yulia Kovalenko"], await NamesAsync("384 3"));

        var first = await coach.GetAsync("/api/candidates?q=personsson");
        var firstPage = await first.Content.ReadFromJsonAsync<List<Web.Api.CandidateListItem>>();
        var second = await coach.GetFromJsonAsync<List<Web.Api.CandidateListItem>>("/api/candidates?q=personsson&page=2");
        Assert.Equal("60", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(50, firstPage!.Count);
        Assert.Equal("Sida Personsson01", firstPage[0].Name);
        Assert.Equal(Enumerable.Range(51, 10).Select(i => $"Sida Personsson{i:D2}"), second!.Select(c => c.Name));
    }
}
