using System.Net;
using System.Net.Http.Json;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Infrastructure;

/// <summary>Two worlds side by side so every role has something of its own and something that is
/// someone else's: units A and B (B shares with A), C unrelated; employers E1 and E2; candidates in
/// each unit; placements of each employer; one candidate consented to E1.</summary>
public sealed class TestWorld
{
    public const string Password = "correct horse battery";

    public required MunicipalUnit UnitA { get; init; }
    public required MunicipalUnit UnitB { get; init; }
    public required MunicipalUnit UnitC { get; init; }
    public required EmployerOrganisation Employer1 { get; init; }
    public required EmployerOrganisation Employer2 { get; init; }
    public required Candidate CandidateA { get; init; }
    public required Candidate CandidateB { get; init; }
    public required Candidate CandidateC { get; init; }
    public required Placement PlacementE1 { get; init; }
    public required Placement DraftE2 { get; init; }
    public required Placement PublishedE2 { get; init; }
    public required Dictionary<string, AppUser> Users { get; init; }
    /// <summary>Candidate B on placement E1, consent accepted for employer 1.</summary>
    public required ShortlistEntry EntryB { get; init; }
    public required ConsentRequest ConsentB { get; init; }
    /// <summary>Candidate A on employer 2's published placement, presented to employer 2.</summary>
    public required ShortlistEntry EntryAOnE2 { get; init; }
    /// <summary>Unit A's published meeting with employer 1; candidates A and B invited.</summary>
    public required RecruitmentMeeting MeetingA { get; init; }
    /// <summary>Unit A's published meeting with employer 2 only; nobody invited.</summary>
    public required RecruitmentMeeting MeetingE2 { get; init; }
    /// <summary>Unit A's draft with employer 1, candidate A invited (drafts are the coach's alone).</summary>
    public required RecruitmentMeeting DraftMeeting { get; init; }
    public required MeetingInvitation InvitationB { get; init; }

    public static async Task<TestWorld> CreateAsync(MarketplaceFactory factory)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        var unitA = new MunicipalUnit { Name = "Unit A", MunicipalityCode = "0880", CreatedAt = now };
        var unitB = new MunicipalUnit { Name = "Unit B", MunicipalityCode = "0881", CreatedAt = now };
        var unitC = new MunicipalUnit { Name = "Unit C", MunicipalityCode = "0180", CreatedAt = now };
        db.Units.AddRange(unitA, unitB, unitC);
        var e1 = new EmployerOrganisation { Name = "Employer One AB", OrganisationNumber = "556036-0793", CreatedAt = now };
        var e2 = new EmployerOrganisation { Name = "Employer Two AB", OrganisationNumber = "556012-5790", CreatedAt = now };
        db.Employers.AddRange(e1, e2);
        await db.SaveChangesAsync();
        db.DataSharingAgreements.Add(new DataSharingAgreement { GrantingUnitId = unitB.Id, ReceivingUnitId = unitA.Id, Purpose = "test", ValidFrom = today.AddDays(-1) });

        var group = await db.OccupationGroups.FirstAsync(g => g.Ssyk == "9111");
        var candidateA = CandidateBuilder.Valid(factory.Clock, unitA.Id, "Alma", "Andersson").Build();
        var candidateB = CandidateBuilder.Valid(factory.Clock, unitB.Id, "Bashir", "Berg").Build();
        var candidateC = CandidateBuilder.Valid(factory.Clock, unitC.Id, "Cecilia", "Carlsson").Build();
        db.Candidates.AddRange(candidateA, candidateB, candidateC);
        var p1 = PlacementBuilder.Valid(factory.Clock, e1.Id, group.Id).WithStatus(PlacementStatus.Published).Build();
        var draft2 = PlacementBuilder.Valid(factory.Clock, e2.Id, group.Id).WithStatus(PlacementStatus.Draft).Build();
        var published2 = PlacementBuilder.Valid(factory.Clock, e2.Id, group.Id).WithStatus(PlacementStatus.Published).Build();
        db.Placements.AddRange(p1, draft2, published2);
        await db.SaveChangesAsync();

        // Candidate B said yes to sharing with employer 1 for placement 1.
        var entry = new ShortlistEntry { PlacementId = p1.Id, CandidateId = candidateB.Id, CoachStatus = CoachStatus.Presented, AddedAt = now };
        var entryA2 = new ShortlistEntry { PlacementId = published2.Id, CandidateId = candidateA.Id, CoachStatus = CoachStatus.Presented, AddedAt = now };
        db.ShortlistEntries.AddRange(entry, entryA2);
        await db.SaveChangesAsync();
        var consentB = db.ConsentRequests.Add(new ConsentRequest
        {
            ShortlistEntryId = entry.Id,
            CandidateId = candidateB.Id,
            EmployerOrganisationId = e1.Id,
            RequestedById = "seed",
            RequestedAt = now,
            Deadline = now.AddDays(3),
            State = ConsentState.Accepted,
            AnsweredAt = now,
        }).Entity;
        await db.SaveChangesAsync();

        RecruitmentMeeting Meeting(int employerId, MeetingStatus status, params int[] invited) =>
            MeetingBuilder.Valid(unitA.Id, employerId, status, now, TimeSpan.FromDays(10), invited);
        var meetingA = Meeting(e1.Id, MeetingStatus.Published, candidateA.Id, candidateB.Id);
        var meetingE2 = Meeting(e2.Id, MeetingStatus.Published);
        var draftMeeting = Meeting(e1.Id, MeetingStatus.Draft, candidateA.Id);
        db.Meetings.AddRange(meetingA, meetingE2, draftMeeting);
        await db.SaveChangesAsync();

        // Rows written straight to the database bypass the API's index updates: reindex, as the
        // product does at start-up.
        await scope.ServiceProvider.GetRequiredService<Marketplace.Web.CandidateSearch.CandidateIndexService>().RebuildAsync(db, CancellationToken.None);

        var created = new Dictionary<string, AppUser>
        {
            ["coachA"] = await AddUserAsync(users, "coach.a@test.se", Roles.Coach, u => u.UnitId = unitA.Id),
            ["coachC"] = await AddUserAsync(users, "coach.c@test.se", Roles.Coach, u => u.UnitId = unitC.Id),
            ["employer1"] = await AddUserAsync(users, "employer1@test.se", Roles.EmployerUser, u => u.EmployerOrganisationId = e1.Id),
            ["candidateA"] = await AddUserAsync(users, "candidate.a@test.se", Roles.Candidate, u => u.CandidateId = candidateA.Id),
            ["admin"] = await AddUserAsync(users, "admin@test.se", Roles.Admin, u => u.UnitId = unitA.Id),
        };
        return new TestWorld
        {
            UnitA = unitA,
            UnitB = unitB,
            UnitC = unitC,
            Employer1 = e1,
            Employer2 = e2,
            CandidateA = candidateA,
            CandidateB = candidateB,
            CandidateC = candidateC,
            PlacementE1 = p1,
            DraftE2 = draft2,
            PublishedE2 = published2,
            Users = created,
            EntryB = entry,
            ConsentB = consentB,
            EntryAOnE2 = entryA2,
            MeetingA = meetingA,
            MeetingE2 = meetingE2,
            DraftMeeting = draftMeeting,
            InvitationB = meetingA.Invitations.Single(i => i.CandidateId == candidateB.Id),
        };
    }

    /// <summary>A fresh candidate in the unit with their own login, so a test's shortlist and
    /// consent changes touch nobody else's. The login is registered under <paramref name="key"/>.</summary>
    public async Task<Candidate> AddCandidateWithLoginAsync(MarketplaceFactory factory, string key, int? unitId = null)
    {
        var candidate = CandidateBuilder.Valid(factory.Clock, unitId ?? UnitA.Id, "Kim", key).Build();
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.Candidates.Add(candidate);
            await db.SaveChangesAsync();
        }
        await AddLoginAsync(factory, key, Roles.Candidate, u => u.CandidateId = candidate.Id);
        return candidate;
    }

    /// <summary>A login the world lacks (a coach without a unit, say), registered under <paramref name="key"/>.</summary>
    public async Task<AppUser> AddLoginAsync(MarketplaceFactory factory, string key, string role, Action<AppUser> configure)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return Users[key] = await AddUserAsync(users, $"{key.ToLowerInvariant()}@test.se", role, configure);
    }

    private static async Task<AppUser> AddUserAsync(UserManager<AppUser> users, string email, string role, Action<AppUser> configure)
    {
        var user = new AppUser { UserName = email, Email = email, DisplayName = email, EmailConfirmed = true };
        configure(user);
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>An HTTP client signed in as the named user through the real sign-in endpoint.</summary>
    public async Task<HttpClient> ClientAsync(MarketplaceFactory factory, string user)
    {
        var client = factory.CreateClient(factory.ClientOptionsFor(handleCookies: true));
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = Users[user].Email, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }
}
