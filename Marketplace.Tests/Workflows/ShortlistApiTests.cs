using System.Net;
using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Workflows;

/// <summary>Shortlists: adding (single and bulk), coach status moves with notes, the employer's
/// assessment, and a history row for every change; bad input writes nothing.</summary>
public sealed class ShortlistApiTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    /// <summary>A fresh candidate with a login, put on employer 2's published placement by coach A.</summary>
    private async Task<(AppWorld App, HttpClient Coach, ShortlistEntryDto Entry)> OnShortlistAsync(TestProvider provider, string key)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, key);
        return (app, coach, await coach.ShortlistAsync(app.World.PublishedE2.Id, candidate.Id));
    }

    [ProviderFact]
    public async Task AddToShortlist_BulkOwnAndSharedUnit_EntriesConsideredWithHistory(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var own = await app.World.AddCandidateWithLoginAsync(app.Factory, "BulkOwn");
        var shared = await app.World.AddCandidateWithLoginAsync(app.Factory, "BulkShared", app.World.UnitB.Id);
        var placement = app.World.PublishedE2.Id;

        var response = await coach.PostAsJsonAsync($"/api/placements/{placement}/shortlist", new { candidateIds = new[] { own.Id, shared.Id, own.Id } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await coach.GetFromJsonAsync<List<ShortlistEntryDto>>($"/api/placements/{placement}/shortlist");
        var mine = list!.Where(e => e.CandidateId == own.Id || e.CandidateId == shared.Id).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, e => Assert.Equal(CoachStatus.Considered, e.CoachStatus));
        Assert.All(mine, e => Assert.Equal("Added", Assert.Single(e.History).Field));
    }

    [ProviderFact]
    public async Task AddToShortlist_CandidateOfUnrelatedUnit_NotFoundNothingWrittenDenialLogged(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var own = await app.World.AddCandidateWithLoginAsync(app.Factory, "WithStranger");
        var stranger = app.World.CandidateC.Id;
        var before = await app.QueryAsync(db => db.ShortlistEntries.CountAsync());

        var response = await coach.PostAsJsonAsync($"/api/placements/{app.World.PublishedE2.Id}/shortlist", new { candidateIds = new[] { own.Id, stranger } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.ShortlistEntries.CountAsync()));
        var key = stranger.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var coachId = app.World.Users["coachA"].Id;
        Assert.True(await app.QueryAsync(db => db.AccessAudit.AnyAsync(a => a.UserId == coachId && a.ObjectKind == "Candidate" && a.ObjectId == key && !a.Permitted)));
    }

    [ProviderTheory]
    [InlineData("{\"candidateIds\":[]}", "CandidateIds")]
    [InlineData("{}", "CandidateIds")]
    public async Task AddToShortlist_NoCandidates_BadRequestNamingField(string json, string field, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var before = await app.QueryAsync(db => db.ShortlistEntries.CountAsync());

        var response = await coach.PostAsync($"/api/placements/{app.World.PublishedE2.Id}/shortlist", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(before, await app.QueryAsync(db => db.ShortlistEntries.CountAsync()));
    }

    [ProviderFact]
    public async Task AddToShortlist_FilledPlacement_BadRequestNamingPlacement(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "ToFilled");
        var filled = await app.QueryAsync(async db =>
        {
            var p = PlacementBuilder.Valid(app.Clock, app.World.Employer2.Id, app.World.PublishedE2.OccupationGroupId).WithStatus(PlacementStatus.Filled).Build();
            db.Placements.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

        var response = await coach.PostAsJsonAsync($"/api/placements/{filled}/shortlist", new { candidateIds = new[] { candidate.Id } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PlacementId", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [ProviderFact]
    public async Task SetStatus_ForwardWithNote_ChangeRecordedWithWhoFromToNote(TestProvider provider)
    {
        var (app, coach, entry) = await OnShortlistAsync(provider, "Forward");

        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", note = "Ringde, vill gärna.", version = entry.Version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}");
        Assert.Equal(CoachStatus.Contacted, after!.CoachStatus);
        var change = after.History[^1];
        Assert.Equal(("CoachStatus", "Considered", "Contacted", "Ringde, vill gärna."), (change.Field, change.From, change.To, change.Note));
        Assert.Equal(app.World.Users["coachA"].Id, change.ById);
    }

    [ProviderTheory]
    [InlineData("Considered", "Considered")]
    [InlineData("Placed", "Contacted")]
    [InlineData("NotSuitable", "Presented")]
    public async Task SetStatus_IllegalMove_BadRequestNothingWritten(string from, string to, TestProvider provider = default)
    {
        var (app, coach, entry) = await OnShortlistAsync(provider, $"Illegal{from}{to}");
        var version = entry.Version;
        if (from != "Considered")
        {
            var moved = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = from, version });
            version = (await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.Version;
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }
        var changes = await app.QueryAsync(db => db.ShortlistChanges.CountAsync());

        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = to, version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Status", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(changes, await app.QueryAsync(db => db.ShortlistChanges.CountAsync()));
    }

    [ProviderFact]
    public async Task SetStatus_NeitherStatusNorNote_BadRequestNamingNote(TestProvider provider)
    {
        var (app, coach, entry) = await OnShortlistAsync(provider, "Empty");

        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { note = "  ", version = entry.Version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Note", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [ProviderFact]
    public async Task SetStatus_StaleVersion_ConflictNothingWritten(TestProvider provider)
    {
        var (app, coach, entry) = await OnShortlistAsync(provider, "Stale");
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });

        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Interested", version = entry.Version });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(CoachStatus.Contacted, (await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.CoachStatus);
    }

    [ProviderFact]
    public async Task SetAssessment_PresentedToEmployer_RecordedInHistory(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var employer = await app.ClientAsync("employer1");
        var entry = app.World.EntryB;
        var version = await app.QueryAsync(db => db.ShortlistEntries.Where(e => e.Id == entry.Id).Select(e => e.Version).SingleAsync());

        var response = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "UnderReview", note = "Läser.", version });
        var illegal = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Hired", version = Guid.Empty });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, illegal.StatusCode);
        var history = await app.QueryAsync(db => db.ShortlistChanges.Where(c => c.ShortlistEntryId == entry.Id && c.Field == "EmployerAssessment").ToListAsync());
        var change = Assert.Single(history);
        Assert.Equal(("None", "UnderReview", app.World.Users["employer1"].Id), (change.From, change.To, change.ById));
    }

    [ProviderFact]
    public async Task SetAssessment_EntryNotYetPresented_NotFound(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var employer = await app.ClientAsync("employer1");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "NotPresented");
        var entry = await coach.ShortlistAsync(app.World.PlacementE1.Id, candidate.Id);

        var response = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Interesting", version = entry.Version });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
