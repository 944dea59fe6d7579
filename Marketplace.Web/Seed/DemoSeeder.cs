using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Matching.Taxonomy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Seed;

/// <summary>Builds a demo municipality in Kalmar county on first run ("Seed:Demo"): Kalmar's
/// labour-market unit, neighbouring Nybro sharing its participants with Kalmar, employers across
/// real SSYK-4 groups, placements and candidates from the real taxonomy and postcodes. Seeded
/// random, so every fresh database holds the same demo.</summary>
public sealed partial class DemoSeeder(
    MarketplaceDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, IConfiguration configuration,
    TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string DefaultDemoPassword = "kalmar-demo-2026";
    public const string AdminEmail = "admin@kalmar.demo";
    /// <summary>Nybro grants the demo's agreement, so only Nybro's admin may change or end it.</summary>
    public const string NybroAdminEmail = "admin@nybro.demo";
    public const string CoachEmail = "coach@kalmar.demo";
    public const string NybroCoachEmail = "coach@nybro.demo";
    public const string EmployerEmail = "employer@kalmar.demo";
    public const string CandidateEmail = "candidate@kalmar.demo";

    /// <summary>SSYK-4 groups of the demo employers: what Kalmar's employers take placements in.</summary>
    private static readonly string[] DemoGroups =
    [
        "5120", "9412", "4321", "9111", "5321", "5330", "5223", "5222", "8332", "8331", "7231", "5311", "3512", "7212",
        "7411", "6113", "9331", "7111", "7131", "8181", "9332", "4222", "5131", "5312", "7611", "6111",
    ];

    public async Task SeedIfEnabledAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        if (!configuration.GetValue("Seed:Demo", false) || await db.Units.AnyAsync(ct))
        {
            return;
        }
        var password = configuration["Seed:DemoPassword"] ?? DefaultDemoPassword;
        await SeedAsync(password, ct);
        logger.LogWarning(
            "Demo data created. Sign in with password '{Password}' as: {Admin} (admin, Kalmar), {NybroAdmin} (admin, Nybro), {Coach} (coach, Kalmar), {NybroCoach} (coach, Nybro), {Employer} (employer), {Candidate} (candidate)",
            password, AdminEmail, NybroAdminEmail, CoachEmail, NybroCoachEmail, EmployerEmail, CandidateEmail);
    }

    private async Task SeedAsync(string password, CancellationToken ct)
    {
        var random = new Random(2026);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var taxonomy = TaxonomyData.Default;
        var groups = taxonomy.Groups.ToDictionary(g => g.Ssyk);
        var postcodes = taxonomy.Postcodes.All;
        var kalmarPostcodes = postcodes.Where(p => p.MunicipalityCode is "0880" or "0840").ToList();
        var nybroPostcodes = postcodes.Where(p => p.MunicipalityCode is "0881" or "0862").ToList();

        var kalmar = new MunicipalUnit { Name = "Arbetsmarknadsenheten, Kalmar kommun", MunicipalityCode = "0880", CreatedAt = now };
        var nybro = new MunicipalUnit { Name = "Arbete och försörjning, Nybro kommun", MunicipalityCode = "0881", CreatedAt = now };
        db.Units.AddRange(kalmar, nybro);
        await db.SaveChangesAsync(ct);
        db.DataSharingAgreements.Add(new DataSharingAgreement
        {
            GrantingUnitId = nybro.Id,
            ReceivingUnitId = kalmar.Id,
            ValidFrom = today.AddMonths(-6),
            ValidTo = today.AddMonths(18),
            Purpose = "Kalmar förmedlar praktikplatser och jobb åt Nybros deltagare (samverkansavtal)",
            CreatedAt = now,
        });

        await CreateUserAsync(AdminEmail, "Admin Kalmar", Roles.Admin, password, u => u.UnitId = kalmar.Id);
        await CreateUserAsync(NybroAdminEmail, "Admin Nybro", Roles.Admin, password, u => u.UnitId = nybro.Id);
        var coach = await CreateUserAsync(CoachEmail, "Karin Lindqvist", Roles.Coach, password, u => u.UnitId = kalmar.Id);
        var nybroCoach = await CreateUserAsync(NybroCoachEmail, "Samir Haddad", Roles.Coach, password, u => u.UnitId = nybro.Id);

        var employers = CreateEmployers(random, groups, kalmarPostcodes, nybroPostcodes, coach.Id, now);
        db.Employers.AddRange(employers.Select(e => e.Employer));
        await db.SaveChangesAsync(ct);
        await CreateUserAsync(EmployerEmail, "Per Nilsson", Roles.EmployerUser, password, u => u.EmployerOrganisationId = employers[0].Employer.Id);

        db.Placements.AddRange(CreatePlacements(random, employers, now, today));
        var candidates = CreateCandidates(random, taxonomy, groups, kalmarPostcodes, nybroPostcodes, kalmar, nybro, coach.Id, nybroCoach.Id, now, today);
        db.Candidates.AddRange(candidates);
        await db.SaveChangesAsync(ct);
        await CreateUserAsync(CandidateEmail, $"{candidates[0].FirstName} {candidates[0].LastName}", Roles.Candidate, password, u => u.CandidateId = candidates[0].Id);
        var shortlisted = candidates.Where(c => c.UnitId == kalmar.Id).Take(4).ToList();
        var entries = await SeedShortlistAsync(employers[0].Employer.Id, shortlisted, coach.Id, now, ct);
        await SeedMeetingAsync(kalmar.Id, [employers[0].Employer.Id, employers[1].Employer.Id], entries, coach.Id, now, ct);
        await SeedFollowUpAsync(kalmar.Id, employers[1].Employer.Id, candidates.Where(c => c.UnitId == kalmar.Id).Skip(shortlisted.Count).ToList(), coach.Id, now, ct);
    }

    /// <summary>Some history for the unit dashboard: a recruitment meeting held five weeks ago from
    /// a shortlist of eight, with attendance and what came of it, and outcomes (placements, jobs,
    /// studies) for about one in five of Kalmar's other participants. A random of its own, so the
    /// rest of the demo stays as it was.</summary>
    private async Task SeedFollowUpAsync(int unitId, int employerId, List<Candidate> pool, string coachId, DateTime now, CancellationToken ct)
    {
        var random = new Random(2027);
        var today = DateOnly.FromDateTime(now);
        var placement = await db.Placements.Where(p => p.EmployerOrganisationId == employerId && p.Status == PlacementStatus.Published)
            .OrderBy(p => p.Id).FirstAsync(ct);
        var held = now.Date.AddDays(-35).AddHours(9);
        var invited = pool.Where(c => c.RegisteredAt < held.AddDays(-14)).Take(8).ToList();
        CoachStatus[] statuses = [CoachStatus.Placed, CoachStatus.Placed, CoachStatus.MeetingBooked, CoachStatus.MeetingBooked, CoachStatus.MeetingBooked,
            CoachStatus.Presented, CoachStatus.NotSuitable, CoachStatus.MeetingBooked];
        var entries = invited.Select((c, i) => new ShortlistEntry
        {
            PlacementId = placement.Id,
            CandidateId = c.Id,
            CoachStatus = statuses[i],
            AddedById = coachId,
            AddedAt = held.AddDays(-20),
            History =
            [
                new ShortlistChange { Field = "Added", To = nameof(CoachStatus.Considered), ById = coachId, At = held.AddDays(-20) },
                new ShortlistChange { Field = "CoachStatus", From = nameof(CoachStatus.Considered), To = nameof(CoachStatus.Presented), ById = coachId, At = held.AddDays(-15) },
            ],
        }).ToList();
        db.ShortlistEntries.AddRange(entries);
        await db.SaveChangesAsync(ct);
        db.ConsentRequests.AddRange(entries.Take(6).Select(e => new ConsentRequest
        {
            ShortlistEntryId = e.Id,
            CandidateId = e.CandidateId,
            EmployerOrganisationId = employerId,
            RequestedById = coachId,
            RequestedAt = held.AddDays(-18),
            Deadline = held.AddDays(-15),
            State = ConsentState.Accepted,
            AnsweredAt = held.AddDays(-17),
        }));
        // Invited, answer, attended, outcome: two placements and a job out of eight invited.
        (InvitationState State, bool? Attended, MeetingOutcome? Outcome)[] results =
        [
            (InvitationState.Accepted, true, MeetingOutcome.Placement), (InvitationState.Accepted, true, MeetingOutcome.Placement),
            (InvitationState.Accepted, true, MeetingOutcome.Job), (InvitationState.Accepted, true, MeetingOutcome.Nothing),
            (InvitationState.Accepted, false, null), (InvitationState.Accepted, true, MeetingOutcome.Nothing),
            (InvitationState.Declined, null, null), (InvitationState.Invited, null, null),
        ];
        var meeting = new RecruitmentMeeting
        {
            UnitId = unitId,
            OrganiserId = coachId,
            Title = "Rekryteringsträff: vård och omsorg",
            Status = MeetingStatus.Completed,
            StartsAt = held,
            EndsAt = held.AddHours(2),
            AnswerDeadline = held.AddDays(-3),
            Place = "Stadsbiblioteket, Tullslätten 4, 392 33 Kalmar",
            PlaceLat = 56.6631,
            PlaceLon = 16.3587,
            Capacity = 10,
            CalendarUid = "demo-meeting-0@marketplace",
            Sequence = 1,
            CreatedAt = held.AddDays(-21),
            Employers = [new MeetingEmployer { EmployerOrganisationId = employerId, Positions = 3, Needs = "Demo" }],
            Invitations = entries.Select((e, i) => new MeetingInvitation
            {
                CandidateId = e.CandidateId,
                ShortlistEntryId = e.Id,
                InvitedById = coachId,
                InvitedAt = held.AddDays(-14),
                State = results[i].State,
                AnsweredAt = results[i].State == InvitationState.Invited ? null : held.AddDays(-10),
                ReminderSentAt = results[i].State == InvitationState.Accepted ? held.AddDays(-1) : null,
                Attended = results[i].Attended,
                Outcome = results[i].Outcome,
            }).ToList(),
        };
        db.Meetings.Add(meeting);
        db.MeetingEvents.Add(new MeetingEvent { Meeting = meeting, Kind = "Completed", Detail = "Published → Completed", ById = coachId, At = held.AddHours(3) });

        var outcomes = new List<CandidateOutcome>();
        for (var i = 0; i < 3; i++)
        {
            var start = DateOnly.FromDateTime(held).AddDays(14);
            outcomes.Add(NewOutcome(invited[i], i < 2 ? OutcomeKind.Placement : OutcomeKind.Job, i < 2 ? placement.Id : null, employerId, start, held.AddDays(1)));
        }
        foreach (var c in pool.Skip(invited.Count).Where(c => c.RegisteredAt < now.AddDays(-30)))
        {
            if (random.NextDouble() >= 0.22)
            {
                continue;
            }
            var registered = DateOnly.FromDateTime(c.RegisteredAt);
            var start = registered.AddDays(random.Next(25, 260));
            if (start > today)
            {
                continue;
            }
            var kind = random.NextDouble() switch { < 0.35 => OutcomeKind.Placement, < 0.75 => OutcomeKind.Job, _ => OutcomeKind.Studies };
            var recorded = start.AddDays(-random.Next(0, 10)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            outcomes.Add(NewOutcome(c, kind, null, kind == OutcomeKind.Studies ? null : employerId, start, recorded < c.RegisteredAt ? c.RegisteredAt : recorded));
        }
        db.Outcomes.AddRange(outcomes);
        await db.SaveChangesAsync(ct);

        CandidateOutcome NewOutcome(Candidate c, OutcomeKind kind, int? placementId, int? employer, DateOnly start, DateTime recordedAt) => new()
        {
            CandidateId = c.Id,
            Kind = kind,
            PlacementId = placementId,
            EmployerOrganisationId = employer,
            StartDate = start,
            EndDate = kind == OutcomeKind.Placement ? start.AddDays(28) : null,
            RecordedById = coachId,
            RecordedAt = recordedAt,
            UpdatedAt = recordedAt,
            Note = "Demo",
        };
    }

    /// <summary>A published recruitment meeting next week with the shortlisted candidates invited:
    /// the demo candidate has not answered yet, two said yes and one no.</summary>
    private async Task SeedMeetingAsync(int unitId, int[] employerIds, List<ShortlistEntry> entries, string coachId, DateTime now, CancellationToken ct)
    {
        var day = now.Date.AddDays(9);
        InvitationState[] answers = [InvitationState.Invited, InvitationState.Accepted, InvitationState.Accepted, InvitationState.Declined];
        var meeting = new RecruitmentMeeting
        {
            UnitId = unitId,
            OrganiserId = coachId,
            Title = "Rekryteringsträff: lager, handel och städ",
            Status = MeetingStatus.Published,
            StartsAt = day.AddHours(8),
            EndsAt = day.AddHours(10),
            AnswerDeadline = day.AddDays(-3).AddHours(15),
            Place = "Stadsbiblioteket, Tullslätten 4, 392 33 Kalmar",
            PlaceLat = 56.6631,
            PlaceLon = 16.3587,
            Capacity = 12,
            CalendarUid = "demo-meeting-1@marketplace",
            CreatedAt = now.AddDays(-2),
            Employers = employerIds.Select((id, i) => new MeetingEmployer { EmployerOrganisationId = id, Positions = 2 + i, Needs = "Demo" }).ToList(),
            Invitations = entries.Select((e, i) => new MeetingInvitation
            {
                CandidateId = e.CandidateId,
                ShortlistEntryId = e.Id,
                InvitedById = coachId,
                InvitedAt = now.AddDays(-1),
                State = answers[i % answers.Length],
                AnsweredAt = answers[i % answers.Length] == InvitationState.Invited ? null : now.AddHours(-5),
            }).ToList(),
        };
        db.Meetings.Add(meeting);
        db.MeetingEvents.Add(new MeetingEvent { Meeting = meeting, Kind = "Created", ById = coachId, At = now.AddDays(-2) });
        db.MeetingEvents.Add(new MeetingEvent { Meeting = meeting, Kind = "Published", Detail = "Draft → Published", ById = coachId, At = now.AddDays(-2) });
        foreach (var invitation in meeting.Invitations)
        {
            db.MeetingEvents.Add(new MeetingEvent { Meeting = meeting, Invitation = invitation, Kind = "Invited", ById = coachId, At = invitation.InvitedAt });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A shortlist in progress on the demo employer's first published placement, so each
    /// demo login has something to act on: the candidate a question to answer, the employer a
    /// shared profile to assess, the coach statuses and history.</summary>
    private async Task<List<ShortlistEntry>> SeedShortlistAsync(int employerId, List<Candidate> picks, string coachId, DateTime now, CancellationToken ct)
    {
        var placement = await db.Placements.Where(p => p.EmployerOrganisationId == employerId && p.Status == PlacementStatus.Published)
            .OrderBy(p => p.Id).FirstAsync(ct);
        CoachStatus[] statuses = [CoachStatus.Presented, CoachStatus.Presented, CoachStatus.Contacted, CoachStatus.Considered];
        var entries = picks.Select((c, i) => new ShortlistEntry
        {
            PlacementId = placement.Id,
            CandidateId = c.Id,
            CoachStatus = statuses[i],
            AddedById = coachId,
            AddedAt = now.AddDays(-3),
            History =
            [
                new ShortlistChange { Field = "Added", To = nameof(CoachStatus.Considered), ById = coachId, At = now.AddDays(-3) },
                new ShortlistChange { Field = "CoachStatus", From = nameof(CoachStatus.Considered), To = statuses[i].ToString(), Note = "Demo", ById = coachId, At = now.AddDays(-2) },
            ],
        }).ToList();
        db.ShortlistEntries.AddRange(entries);
        await db.SaveChangesAsync(ct);
        // The demo candidate has a question waiting; the second candidate already said yes.
        db.ConsentRequests.AddRange(
            new ConsentRequest
            {
                ShortlistEntryId = entries[0].Id,
                CandidateId = picks[0].Id,
                EmployerOrganisationId = employerId,
                RequestedById = coachId,
                RequestedAt = now.AddDays(-1),
                Deadline = now.AddDays(2),
                State = ConsentState.Pending,
            },
            new ConsentRequest
            {
                ShortlistEntryId = entries[1].Id,
                CandidateId = picks[1].Id,
                EmployerOrganisationId = employerId,
                RequestedById = coachId,
                RequestedAt = now.AddDays(-2),
                Deadline = now.AddDays(1),
                State = ConsentState.Accepted,
                AnsweredAt = now.AddDays(-1),
            });
        await db.SaveChangesAsync(ct);
        return entries;
    }

    private async Task<AppUser> CreateUserAsync(string email, string name, string role, string password, Action<AppUser> configure)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        configure(user);
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(user, role);
        return user;
    }
}
