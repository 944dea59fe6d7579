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
    [Fact]
    public async Task AddToShortlist_BulkOwnAndSharedUnit_EntriesConsideredWithHistory()
    {
        var coach = await fixture.ClientAsync("coachA");
        var own = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "BulkOwn");
        var shared = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "BulkShared", fixture.World.UnitB.Id);
        var placement = fixture.World.PublishedE2.Id;

        var response = await coach.PostAsJsonAsync($"/api/placements/{placement}/shortlist", new { candidateIds = new[] { own.Id, shared.Id, own.Id } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await coach.GetFromJsonAsync<List<ShortlistEntryDto>>($"/api/placements/{placement}/shortlist");
        var mine = list!.Where(e => e.CandidateId == own.Id || e.CandidateId == shared.Id).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, e => Assert.Equal(CoachStatus.Considered, e.CoachStatus));
        Assert.All(mine, e => Assert.Equal("Added", Assert.Single(e.History).Field));
    }

    [Fact]
    public async Task AddToShortlist_CandidateOfUnrelatedUnit_NotFoundNothingWrittenDenialLogged()
    {
        var coach = await fixture.ClientAsync("coachA");
        var own = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "WithStranger");
        var stranger = fixture.World.CandidateC.Id;
        var before = await fixture.QueryAsync(db => db.ShortlistEntries.CountAsync());

        var response = await coach.PostAsJsonAsync($"/api/placements/{fixture.World.PublishedE2.Id}/shortlist", new { candidateIds = new[] { own.Id, stranger } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await fixture.QueryAsync(db => db.ShortlistEntries.CountAsync()));
        var key = stranger.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var coachId = fixture.World.Users["coachA"].Id;
        Assert.True(await fixture.QueryAsync(db => db.AccessAudit.AnyAsync(a => a.UserId == coachId && a.ObjectKind == "Candidate" && a.ObjectId == key && !a.Permitted)));
    }

    [Theory]
    [InlineData("{\"candidateIds\":[]}", "CandidateIds")]
    [InlineData("{}", "CandidateIds")]
    public async Task AddToShortlist_NoCandidates_BadRequestNamingField(string json, string field)
    {
        var coach = await fixture.ClientAsync("coachA");
        var before = await fixture.QueryAsync(db => db.ShortlistEntries.CountAsync());

        var response = await coach.PostAsync($"/api/placements/{fixture.World.PublishedE2.Id}/shortlist", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(before, await fixture.QueryAsync(db => db.ShortlistEntries.CountAsync()));
    }

    [Fact]
    public async Task AddToShortlist_FilledPlacement_BadRequestNamingPlacement()
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "ToFilled");
        var filled = await fixture.QueryAsync(async db =>
        {
            var p = PlacementBuilder.Valid(fixture.Clock, fixture.World.Employer2.Id, fixture.World.PublishedE2.OccupationGroupId).WithStatus(PlacementStatus.Filled).Build();
            db.Placements.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

        var response = await coach.PostAsJsonAsync($"/api/placements/{filled}/shortlist", new { candidateIds = new[] { candidate.Id } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PlacementId", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task SetStatus_ForwardWithNote_ChangeRecordedWithWhoFromToNote()
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "Forward");
        var entry = await coach.ShortlistAsync(fixture.World.PublishedE2.Id, candidate.Id);

        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", note = "Ringde, vill gärna.", version = entry.Version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}");
        Assert.Equal(CoachStatus.Contacted, after!.CoachStatus);
        var change = after.History[^1];
        Assert.Equal(("CoachStatus", "Considered", "Contacted", "Ringde, vill gärna."), (change.Field, change.From, change.To, change.Note));
        Assert.Equal(fixture.World.Users["coachA"].Id, change.ById);
    }

    [Theory]
    [InlineData("Considered", "Considered")]
    [InlineData("Placed", "Contacted")]
    [InlineData("NotSuitable", "Presented")]
    public async Task SetStatus_IllegalMove_BadRequestNothingWritten(string from, string to)
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, $"Illegal{from}{to}");
        var entry = await coach.ShortlistAsync(fixture.World.PublishedE2.Id, candidate.Id);
        var version = entry.Version;
        if (from != "Considered")
        {
            var moved = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = from, version });
            version = (await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.Version;
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }
        var changes = await fixture.QueryAsync(db => db.ShortlistChanges.CountAsync());

        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = to, version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Status", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(changes, await fixture.QueryAsync(db => db.ShortlistChanges.CountAsync()));
    }

    [Fact]
    public async Task SetStatus_NeitherStatusNorNote_BadRequestNamingNote()
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "Empty");
        var entry = await coach.ShortlistAsync(fixture.World.PublishedE2.Id, candidate.Id);

        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { note = "  ", version = entry.Version });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Note", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task SetStatus_StaleVersion_ConflictNothingWritten()
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "Stale");
        var entry = await coach.ShortlistAsync(fixture.World.PublishedE2.Id, candidate.Id);
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });

        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Interested", version = entry.Version });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(CoachStatus.Contacted, (await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.CoachStatus);
    }

    [Fact]
    public async Task SetAssessment_PresentedToEmployer_RecordedInHistory()
    {
        var employer = await fixture.ClientAsync("employer1");
        var entry = fixture.World.EntryB;
        var version = await fixture.QueryAsync(db => db.ShortlistEntries.Where(e => e.Id == entry.Id).Select(e => e.Version).SingleAsync());

        var response = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "UnderReview", note = "Läser.", version });
        var illegal = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Hired", version = Guid.Empty });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, illegal.StatusCode);
        var history = await fixture.QueryAsync(db => db.ShortlistChanges.Where(c => c.ShortlistEntryId == entry.Id && c.Field == "EmployerAssessment").ToListAsync());
        var change = Assert.Single(history);
        Assert.Equal(("None", "UnderReview", fixture.World.Users["employer1"].Id), (change.From, change.To, change.ById));
    }

    [Fact]
    public async Task SetAssessment_EntryNotYetPresented_NotFound()
    {
        var coach = await fixture.ClientAsync("coachA");
        var employer = await fixture.ClientAsync("employer1");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "NotPresented");
        var entry = await coach.ShortlistAsync(fixture.World.PlacementE1.Id, candidate.Id);

        var response = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Interesting", version = entry.Version });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
