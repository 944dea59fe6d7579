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
    };

    public static TheoryData<string, string, string> Allowed => new()
    {
        { "coachA", "Candidate", "CandidateA" },
        { "coachA", "Candidate", "CandidateB" }, // unit B shares with unit A
        { "coachA", "Placement", "PublishedE2" },
        { "coachA", "Employer", "Employer2" },
        { "coachA", "Unit", "UnitA" },
        { "coachC", "Candidate", "CandidateC" },
        { "employer1", "Candidate", "CandidateB" }, // consented to employer 1
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
        await AssertAuditedAsync(user, kind is "Shortlist" or "Presented" ? "Placement" : kind, id, permitted: false);
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

        var response = await client.GetAsync($"/api/candidates/{id}?purpose=placement:42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = fixture.Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var key = id.ToString(CultureInfo.InvariantCulture);
        var entry = await db.AccessAudit.OrderByDescending(a => a.Id)
            .FirstAsync(a => a.ObjectKind == "Candidate" && a.ObjectId == key && a.UserId == fixture.World.Users["coachA"].Id);
        Assert.True(entry.Permitted);
        Assert.Equal("placement:42", entry.Purpose);
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

    private static string Url(string kind, int id) => kind switch
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
