using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Marketplace.Data;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Foundation;

/// <summary>Each role × each object kind × someone else's object: denied (404, so an id reveals
/// nothing) and the denial is in the audit log. The allowed cells prove the checks are not simply
/// denying everything.</summary>
public sealed class AccessMatrixTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    public static TheoryData<string, string, string> Denied => new()
    {
        // user, object kind (endpoint), object
        { "coachA", "Candidate", "CandidateC" },
        { "coachA", "Placement", "DraftE2" },
        { "coachA", "Unit", "UnitC" },
        { "coachA", "CandidateViews", "CandidateA" },
        { "coachC", "Candidate", "CandidateA" },
        { "coachC", "Candidate", "CandidateB" },
        { "coachC", "Unit", "UnitA" },
        { "employer1", "Candidate", "CandidateA" },
        { "employer1", "Candidate", "CandidateB" }, // consented, but only readable through its entry (CandidateViaEntry)
        { "employer1", "Candidate", "CandidateC" },
        { "employer1", "Placement", "DraftE2" },
        { "employer1", "Placement", "PublishedE2" },
        { "employer1", "Employer", "Employer2" },
        { "employer1", "Unit", "UnitA" },
        { "employer1", "CandidateViews", "CandidateB" },
        { "candidateA", "Candidate", "CandidateB" },
        { "candidateA", "CandidateViews", "CandidateB" },
        { "candidateA", "Placement", "DraftE2" },
        { "candidateA", "Employer", "Employer1" },
        { "candidateA", "Unit", "UnitA" },
        { "admin", "Candidate", "CandidateA" },
        { "admin", "CandidateViews", "CandidateA" },
        { "coachC", "ShortlistEntry", "EntryB" },
        { "employer1", "ShortlistEntry", "EntryAOnE2" },
        { "candidateA", "ShortlistEntry", "EntryB" },
        { "admin", "ShortlistEntry", "EntryB" },
        { "coachA", "Shortlist", "DraftE2" },
        { "employer1", "Presented", "PublishedE2" },
        { "coachC", "Meeting", "MeetingA" },
        { "employer1", "Meeting", "MeetingE2" },
        { "employer1", "Meeting", "DraftMeeting" },
        { "candidateA", "Meeting", "MeetingE2" },
        { "candidateA", "Meeting", "DraftMeeting" },
        { "admin", "Meeting", "MeetingA" },
        { "coachC", "Outcomes", "CandidateA" },
        { "candidateA", "Outcomes", "CandidateB" },
        { "employer1", "Outcomes", "CandidateB" }, // consented to employer 1, but outcomes are the unit's follow-up
        { "admin", "Outcomes", "CandidateA" },
        { "employer1", "EmployerUsers", "Employer2" },
        { "coachA", "EmployerUsers", "Employer1" },
        { "candidateA", "EmployerUsers", "Employer1" },
        { "employer1", "CandidateViaEntry", "EntryAOnE2" }, // not presented to employer 1
        { "admin", "Agreements", "UnitB" }, // unit A's admin: unit B's agreements are B's to manage
        { "admin", "Agreements", "UnitC" },
    };

    public static TheoryData<string, string, string> Allowed => new()
    {
        { "coachA", "Candidate", "CandidateA" },
        { "coachA", "Candidate", "CandidateB" }, // unit B shares with unit A
        { "coachA", "Placement", "PublishedE2" },
        { "coachA", "Employer", "Employer2" },
        { "coachA", "Unit", "UnitA" },
        { "coachC", "Candidate", "CandidateC" },
        { "employer1", "Placement", "PlacementE1" },
        { "employer1", "Employer", "Employer1" },
        { "candidateA", "Candidate", "CandidateA" },
        { "candidateA", "CandidateViews", "CandidateA" },
        { "candidateA", "Placement", "PublishedE2" },
        { "admin", "Placement", "DraftE2" },
        { "admin", "Unit", "UnitC" },
        { "coachA", "ShortlistEntry", "EntryB" },
        { "employer1", "ShortlistEntry", "EntryB" }, // presented to employer 1
        { "candidateA", "ShortlistEntry", "EntryAOnE2" },
        { "coachA", "Shortlist", "PlacementE1" },
        { "employer1", "Presented", "PlacementE1" },
        { "coachA", "Meeting", "MeetingA" },
        { "coachA", "Meeting", "DraftMeeting" },
        { "employer1", "Meeting", "MeetingA" },
        { "candidateA", "Meeting", "MeetingA" },
        { "coachA", "Outcomes", "CandidateB" },
        { "candidateA", "Outcomes", "CandidateA" },
        { "employer1", "EmployerUsers", "Employer1" },
        { "employer1", "CandidateViaEntry", "EntryB" }, // consented for exactly this entry
        { "admin", "Agreements", "UnitA" },
    };

    /// <summary>Writes on someone else's meeting or invitation: user, url pattern, object, audited kind, body.</summary>
    public static TheoryData<string, string, string, string, string> DeniedMeetingWrites => new()
    {
        { "coachC", "/api/meetings/{0}/status", "MeetingA", "Meeting", "{\"status\":\"Cancelled\",\"version\":\"00000000-0000-0000-0000-000000000000\"}" },
        { "coachC", "/api/meetings/{0}/invitations", "MeetingA", "Meeting", "{\"shortlistEntryIds\":[]}" },
        { "candidateA", "/api/meeting-invitations/{0}/answer", "InvitationB", "MeetingInvitation", "{\"accept\":false}" },
        { "coachC", "/api/meeting-invitations/{0}/attendance", "InvitationB", "MeetingInvitation", "{\"attended\":true,\"outcome\":\"Job\"}" },
    };

    [Theory]
    [MemberData(nameof(DeniedMeetingWrites))]
    public async Task Post_SomeoneElsesMeetingOrInvitation_NotFoundAndDenialLogged(string user, string url, string obj, string kind, string json)
    {
        var client = await fixture.ClientAsync(user);
        var id = IdOf(obj);

        var response = await client.PostAsync(string.Format(CultureInfo.InvariantCulture, url, id), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertAuditedAsync(user, kind, id, permitted: false);
    }

    /// <summary>The unit dashboard has no object id: a coach or a unit's admin gets their own unit's
    /// figures (which unit is decided on the server, never asked for); others are refused outright.</summary>
    [Theory]
    [InlineData("coachA", HttpStatusCode.OK)]
    [InlineData("coachC", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("employer1", HttpStatusCode.Forbidden)]
    [InlineData("candidateA", HttpStatusCode.Forbidden)]
    public async Task Dashboard_EachRole_OwnUnitOrForbidden(string user, HttpStatusCode expected)
    {
        var client = await fixture.ClientAsync(user);

        var response = await client.GetAsync("/api/dashboard");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var unit = (await response.Content.ReadFromJsonAsync<Marketplace.Web.Dashboards.Dashboard>(System.Text.Json.JsonSerializerOptions.Web))!.UnitId;
            Assert.Equal(fixture.World.Users[user].UnitId, unit);
        }
    }

    [Fact]
    public async Task Meeting_EmployerView_NoInvitees()
    {
        var employer = await fixture.ClientAsync("employer1");

        var meeting = await employer.GetFromJsonAsync<Marketplace.Web.Api.MeetingDto>($"/api/meetings/{fixture.World.MeetingA.Id}");

        Assert.Null(meeting!.Invitations);
        Assert.Null(meeting.History);
    }

    /// <summary>Writes on someone else's shortlist entry or consent request: user, what, object, body.</summary>
    public static TheoryData<string, string, string, string> DeniedWrites => new()
    {
        { "coachC", "status", "EntryB", "{\"status\":\"Contacted\",\"version\":\"00000000-0000-0000-0000-000000000000\"}" },
        { "coachC", "consent-requests", "EntryB", "{\"deadlineDays\":3}" },
        { "employer1", "assessment", "EntryAOnE2", "{\"assessment\":\"Interesting\",\"version\":\"00000000-0000-0000-0000-000000000000\"}" },
        { "coachC", "withdraw", "ConsentB", "{}" },
        { "candidateA", "answer", "ConsentB", "{\"accept\":false}" },
    };

    [Theory]
    [MemberData(nameof(Denied))]
    public async Task Get_SomeoneElsesObject_NotFoundAndDenialLogged(string user, string kind, string obj)
    {
        var client = await fixture.ClientAsync(user);
        var id = IdOf(obj);

        var response = await client.GetAsync(Url(kind, id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertAuditedAsync(user, kind switch
        {
            "Shortlist" or "Presented" => "Placement",
            "Outcomes" => "Candidate",
            "EmployerUsers" => "Employer",
            "CandidateViaEntry" => "ShortlistEntry",
            "Agreements" => "Unit",
            _ => kind,
        }, id, permitted: false);
    }

    [Theory]
    [MemberData(nameof(DeniedWrites))]
    public async Task Post_SomeoneElsesEntryOrConsent_NotFoundAndDenialLogged(string user, string action, string obj, string json)
    {
        var client = await fixture.ClientAsync(user);
        var id = IdOf(obj);
        var kind = obj.StartsWith("Consent", StringComparison.Ordinal) ? "ConsentRequest" : "ShortlistEntry";
        var url = kind == "ConsentRequest" ? $"/api/consent-requests/{id}/{action}" : $"/api/shortlist-entries/{id}/{action}";

        var response = await client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertAuditedAsync(user, kind, id, permitted: false);
    }

    [Fact]
    public async Task AddToShortlist_CandidateOutsideCoachsScope_NotFoundAndLogged()
    {
        var client = await fixture.ClientAsync("coachC");
        var id = fixture.World.CandidateA.Id;

        var response = await client.PostAsJsonAsync($"/api/placements/{fixture.World.PlacementE1.Id}/shortlist", new { candidateIds = new[] { id } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertAuditedAsync("coachC", "Candidate", id, permitted: false);
    }

    [Fact]
    public async Task ShortlistEntry_EmployerView_NoCoachNotesOrPipeline()
    {
        var coach = await fixture.ClientAsync("coachA");
        var employer = await fixture.ClientAsync("employer1");
        var entry = fixture.World.EntryB;
        var version = (await coach.GetFromJsonAsync<Marketplace.Web.Api.ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.Version;
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { note = "Internal: prefers mornings", version });

        var json = await employer.GetStringAsync($"/api/shortlist-entries/{entry.Id}");

        Assert.DoesNotContain("prefers mornings", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task Get_OwnOrSharedObject_Ok(string user, string kind, string obj)
    {
        var client = await fixture.ClientAsync(user);

        var response = await client.GetAsync(Url(kind, IdOf(obj)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetCandidate_ByCoachOfSharingUnit_ViewLoggedWithPurpose()
    {
        var client = await fixture.ClientAsync("coachA");
        var id = fixture.World.CandidateB.Id;

        // The purpose comes from a placement the coach may see, never from a free-text query.
        var response = await client.GetAsync($"/api/candidates/{id}?placement={fixture.World.PlacementE1.Id}&purpose=placement:42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = fixture.Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var key = id.ToString(CultureInfo.InvariantCulture);
        var entry = await db.AccessAudit.OrderByDescending(a => a.Id)
            .FirstAsync(a => a.ObjectKind == "Candidate" && a.ObjectId == key && a.UserId == fixture.World.Users["coachA"].Id);
        Assert.True(entry.Permitted);
        Assert.Equal($"placement:{fixture.World.PlacementE1.Id}", entry.Purpose);
        Assert.Equal(fixture.World.UnitA.Id, entry.UnitId);
        Assert.Equal("Coach", entry.Role);
    }

    [Fact]
    public async Task UpdatePlacement_OfAnotherEmployer_NotFoundAndLogged()
    {
        var client = await fixture.ClientAsync("employer1");
        var id = fixture.World.PublishedE2.Id;

        var response = await client.PostAsync($"/api/placements/{id}/status",
            System.Net.Http.Json.JsonContent.Create(new { status = "Closed", version = Guid.Empty }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertAuditedAsync("employer1", "Placement", id, permitted: false);
    }

    [Fact]
    public async Task CoachProfilePage_CandidateOfUnrelatedUnit_NotFoundAndLogged()
    {
        var client = await fixture.ClientAsync("coachA");
        var id = fixture.World.CandidateC.Id;

        var response = await client.GetAsync($"/Coach/Candidate/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertAuditedAsync("coachA", "Candidate", id, permitted: false);
    }

    [Fact]
    public async Task CandidateList_Coach_ContainsOwnAndSharedUnitsOnly()
    {
        var client = await fixture.ClientAsync("coachA");

        var list = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<Marketplace.Web.Api.CandidateListItem>>(client, "/api/candidates");

        var ids = list!.Select(c => c.Id).ToHashSet();
        Assert.Contains(fixture.World.CandidateA.Id, ids);
        Assert.Contains(fixture.World.CandidateB.Id, ids);
        Assert.DoesNotContain(fixture.World.CandidateC.Id, ids);
    }

    [Theory]
    [InlineData("alma", true)]
    [InlineData("ANDERS", true)]
    [InlineData("%", false)] // taken literally, not as a wildcard
    [InlineData("Carlsson", false)] // unit C is not shared with unit A
    public async Task CandidateList_SearchByName_CaseInsensitiveWithinScope(string q, bool findsAlma)
    {
        var client = await fixture.ClientAsync("coachA");

        var list = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<Marketplace.Web.Api.CandidateListItem>>(client, $"/api/candidates?q={Uri.EscapeDataString(q)}");

        Assert.Equal(findsAlma, list!.Any(c => c.Id == fixture.World.CandidateA.Id));
        Assert.DoesNotContain(list!, c => c.Id == fixture.World.CandidateC.Id);
    }

    /// <summary>Writes on outcomes and colleagues outside the caller's scope: user, method, url, body, audited kind.</summary>
    [Theory]
    [InlineData("coachC", "POST", "/api/candidates/{CandidateA}/outcomes", "{\"kind\":\"Studies\",\"startDate\":\"2026-01-01\"}", "Candidate")]
    [InlineData("coachC", "PUT", "/api/outcomes/{OutcomeA}", "{\"kind\":\"Studies\",\"startDate\":\"2026-01-01\",\"version\":\"00000000-0000-0000-0000-000000000000\"}", "Outcome")]
    [InlineData("employer1", "POST", "/api/employers/{Employer2}/users", "{\"displayName\":\"Intruder\",\"email\":\"intruder@test.se\",\"password\":\"long enough password\"}", "Employer")]
    public async Task Write_OutsideScope_NotFoundDenialLoggedNothingWritten(string user, string method, string template, string json, string kind)
    {
        var outcomeA = await OutcomeOfCandidateAAsync();
        var client = await fixture.ClientAsync(user);
        var ids = new Dictionary<string, int> { ["CandidateA"] = fixture.World.CandidateA.Id, ["OutcomeA"] = outcomeA, ["Employer2"] = fixture.World.Employer2.Id };
        var url = ids.Aggregate(template, (u, kv) => u.Replace("{" + kv.Key + "}", kv.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var before = await fixture.QueryAsync(db => db.Outcomes.CountAsync());

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var id = int.Parse(url.Split('/')[3], CultureInfo.InvariantCulture);
        await AssertAuditedAsync(user, kind, id, permitted: false);
        Assert.Equal(before, await fixture.QueryAsync(db => db.Outcomes.CountAsync()));
        Assert.False(await fixture.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "intruder@test.se")));
    }

    [Fact]
    public async Task GetCandidate_EmployerWithoutEntry_NotFoundAndLoggedThoughCandidateConsented()
    {
        var client = await fixture.ClientAsync("employer1");
        var id = fixture.World.CandidateB.Id; // said yes to employer 1 for placement E1

        var response = await client.GetAsync($"/api/candidates/{id}?purpose=placement:{fixture.World.PlacementE1.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertAuditedAsync("employer1", "Candidate", id, permitted: false);
    }

    /// <summary>The gap this closes: consent for one placement opened the profile through any other
    /// of the same employer's entries. Now only the entry whose request was accepted opens it.</summary>
    [Fact]
    public async Task GetCandidate_EmployerThroughEntryWithoutConsent_NotFoundEvenIfConsentedForAnother()
    {
        var coach = await fixture.ClientAsync("coachA");
        var employer = await fixture.ClientAsync("employer1");
        var candidateB = fixture.World.CandidateB.Id;
        var second = await fixture.QueryAsync(async db =>
        {
            var group = await db.OccupationGroups.Select(g => g.Id).FirstAsync();
            var p = PlacementBuilder.Valid(fixture.Clock, fixture.World.Employer1.Id, group).WithStatus(Data.Entities.PlacementStatus.Published).Build();
            db.Placements.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var entry = await Workflows.WorkflowClient.ShortlistAsync(coach, second, candidateB);
        var presented = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Presented", version = entry.Version });
        var sharedEntry = fixture.World.EntryB.Id;

        var throughUnshared = await employer.GetAsync($"/api/candidates/{candidateB}?entry={entry.Id}");
        var throughShared = await employer.GetAsync($"/api/candidates/{candidateB}?entry={sharedEntry}");
        var otherCandidate = await employer.GetAsync($"/api/candidates/{fixture.World.CandidateA.Id}?entry={sharedEntry}");
        var page = await employer.GetAsync($"/Employer/Candidate/{entry.Id}");

        Assert.Equal(HttpStatusCode.OK, presented.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughUnshared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, throughShared.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCandidate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        await AssertAuditedAsync("employer1", "Candidate", fixture.World.CandidateA.Id, permitted: false);
        var key = candidateB.ToString(CultureInfo.InvariantCulture);
        var purposes = await fixture.QueryAsync(db => db.AccessAudit.Where(a => a.ObjectKind == "Candidate" && a.ObjectId == key && a.Permitted
            && a.UserId == fixture.World.Users["employer1"].Id).Select(a => a.Purpose).ToListAsync());
        // Openings of the profile; being listed among the presented ("list:…") is another row kind.
        Assert.All(purposes.Where(p => !p.StartsWith("list:", StringComparison.Ordinal)), p => Assert.Equal($"placement:{fixture.World.PlacementE1.Id}", p));
    }

    private async Task<int> OutcomeOfCandidateAAsync()
    {
        var existing = await fixture.QueryAsync(db => db.Outcomes.Where(o => o.CandidateId == fixture.World.CandidateA.Id).Select(o => o.Id).FirstOrDefaultAsync());
        if (existing != 0)
        {
            return existing;
        }
        var coach = await fixture.ClientAsync("coachA");
        var created = await coach.PostAsJsonAsync($"/api/candidates/{fixture.World.CandidateA.Id}/outcomes", new { kind = "Studies", startDate = "2026-01-01" });
        return (await created.Content.ReadFromJsonAsync<Web.Api.OutcomeDto>())!.Id;
    }

    private int IdOf(string obj)
    {
        var w = fixture.World;
        return obj switch
        {
            "CandidateA" => w.CandidateA.Id,
            "CandidateB" => w.CandidateB.Id,
            "CandidateC" => w.CandidateC.Id,
            "PlacementE1" => w.PlacementE1.Id,
            "DraftE2" => w.DraftE2.Id,
            "PublishedE2" => w.PublishedE2.Id,
            "Employer1" => w.Employer1.Id,
            "Employer2" => w.Employer2.Id,
            "UnitA" => w.UnitA.Id,
            "UnitB" => w.UnitB.Id,
            "UnitC" => w.UnitC.Id,
            "EntryB" => w.EntryB.Id,
            "EntryAOnE2" => w.EntryAOnE2.Id,
            "ConsentB" => w.ConsentB.Id,
            "MeetingA" => w.MeetingA.Id,
            "MeetingE2" => w.MeetingE2.Id,
            "DraftMeeting" => w.DraftMeeting.Id,
            "InvitationB" => w.InvitationB.Id,
            _ => throw new ArgumentOutOfRangeException(nameof(obj), obj, null),
        };
    }

    private int CandidateOfEntry(int entryId) =>
        entryId == fixture.World.EntryB.Id ? fixture.World.CandidateB.Id : fixture.World.CandidateA.Id;

    private string Url(string kind, int id) => kind switch
    {
        "Candidate" => $"/api/candidates/{id}",
        "CandidateViews" => $"/api/candidates/{id}/views",
        "Placement" => $"/api/placements/{id}",
        "Employer" => $"/api/employers/{id}",
        "Unit" => $"/api/units/{id}",
        "ShortlistEntry" => $"/api/shortlist-entries/{id}",
        "Shortlist" => $"/api/placements/{id}/shortlist",
        "Presented" => $"/api/placements/{id}/presented",
        "Meeting" => $"/api/meetings/{id}",
        "Outcomes" => $"/api/candidates/{id}/outcomes",
        "EmployerUsers" => $"/api/employers/{id}/users",
        "Agreements" => $"/api/units/{id}/agreements",
        "CandidateViaEntry" => $"/api/candidates/{CandidateOfEntry(id)}?entry={id}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private async Task AssertAuditedAsync(string user, string kind, int id, bool permitted)
    {
        await using var scope = fixture.Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var userId = fixture.World.Users[user].Id;
        var key = id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await db.AccessAudit.AnyAsync(a => a.UserId == userId && a.ObjectKind == kind && a.ObjectId == key && a.Permitted == permitted),
            $"expected an audit entry: {user} {kind} {id} permitted={permitted}");
    }
}
