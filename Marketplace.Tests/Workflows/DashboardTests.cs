using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Dashboards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Workflows;

/// <summary>The test world plus a first half of 2025 with known figures for unit A: fourteen
/// candidates registered in the period (nine women, five men) at known steps, with outcomes at
/// known distances from registration; people just outside the period, in unit B (which shares with
/// A) and in unit C; meetings held, not held, a draft, and one the day after the period.</summary>
public sealed class DashboardWorldFixture : WorldFixture, IAsyncLifetime
{
    public const string Period = "from=2025-01-01&to=2025-06-30";

    public int MeetingHeld { get; private set; }
    public int MeetingEmptyOnLastDay { get; private set; }
    public int MeetingOfUnitC { get; private set; }

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await this.QueryAsync(SeedAsync);
    }

    private static DateTime At(int month, int day, int hour = 9, int minute = 0) => new(2025, month, day, hour, minute, 0, DateTimeKind.Utc);

    private async Task<int> SeedAsync(MarketplaceDbContext db)
    {
        var w = World;
        Candidate New(int unit, string name, string? gender, DateTime registered) =>
            CandidateBuilder.Valid(Clock, unit, name, "Dashboard").With(c => { c.Gender = gender; c.RegisteredAt = registered; }).Build();

        var women = new[]
        {
            New(w.UnitA.Id, "W1", "female", At(1, 10)), New(w.UnitA.Id, "W2", "female", At(1, 20)), New(w.UnitA.Id, "W3", "female", At(2, 1)),
            New(w.UnitA.Id, "W4", "female", At(2, 15)), New(w.UnitA.Id, "W5", "female", At(3, 1)), New(w.UnitA.Id, "W6", "female", At(3, 10)),
            New(w.UnitA.Id, "W7", "female", At(4, 1)), New(w.UnitA.Id, "W8", "female", At(5, 1)),
            New(w.UnitA.Id, "W9", "female", At(6, 30, 23, 30)), // the last day of the period: in
        };
        var men = new[]
        {
            New(w.UnitA.Id, "M10", "male", At(1, 5)), New(w.UnitA.Id, "M11", "male", At(1, 25)), New(w.UnitA.Id, "M12", "male", At(2, 20)),
            New(w.UnitA.Id, "M13", "male", At(4, 10)), New(w.UnitA.Id, "M14", "male", At(5, 20)),
        };
        var dayAfter = New(w.UnitA.Id, "X1", "female", new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        var dayBefore = New(w.UnitA.Id, "X2", "male", new DateTime(2024, 12, 31, 23, 59, 59, DateTimeKind.Utc));
        var sharedUnit = New(w.UnitB.Id, "Y1", "female", At(3, 1));
        var unitC = New(w.UnitC.Id, "Z1", "female", At(3, 1));
        db.Candidates.AddRange(women);
        db.Candidates.AddRange(men);
        db.Candidates.AddRange(dayAfter, dayBefore, sharedUnit, unitC);
        await db.SaveChangesAsync();
        var (w1, w2, w3, w4, w5, w6, w7, w8) = (women[0], women[1], women[2], women[3], women[4], women[5], women[6], women[7]);
        var (m10, m11, m12, m13, m14) = (men[0], men[1], men[2], men[3], men[4]);

        ShortlistEntry Entry(Candidate c, CoachStatus status, bool wasPresented = false) => new()
        {
            PlacementId = w.PlacementE1.Id,
            CandidateId = c.Id,
            CoachStatus = status,
            AddedAt = At(1, 1),
            History = wasPresented ? [new ShortlistChange { Field = "CoachStatus", From = "Interested", To = "Presented", ById = "test", At = At(3, 1) }] : [],
        };
        var entries = new[]
        {
            Entry(w1, CoachStatus.Presented), Entry(w2, CoachStatus.Placed), Entry(w3, CoachStatus.NotInterested, wasPresented: true),
            Entry(w4, CoachStatus.Considered), Entry(m10, CoachStatus.MeetingBooked), Entry(m11, CoachStatus.Contacted),
            Entry(sharedUnit, CoachStatus.Presented), Entry(dayAfter, CoachStatus.Presented),
        };
        db.ShortlistEntries.AddRange(entries);
        await db.SaveChangesAsync();
        ConsentRequest Consent(ShortlistEntry e, ConsentState state) => new()
        {
            ShortlistEntryId = e.Id,
            CandidateId = e.CandidateId,
            EmployerOrganisationId = w.Employer1.Id,
            RequestedById = "test",
            RequestedAt = At(2, 1),
            Deadline = At(2, 4),
            State = state,
            AnsweredAt = state == ConsentState.Pending ? null : At(2, 2),
        };
        db.ConsentRequests.AddRange(Consent(entries[0], ConsentState.Accepted), Consent(entries[1], ConsentState.Accepted),
            Consent(entries[4], ConsentState.Accepted), Consent(entries[3], ConsentState.Pending), Consent(entries[5], ConsentState.Declined),
            Consent(entries[6], ConsentState.Accepted), Consent(entries[7], ConsentState.Accepted));

        CandidateOutcome Outcome(Candidate c, OutcomeKind kind, DateOnly start) => new()
        {
            CandidateId = c.Id,
            Kind = kind,
            StartDate = start,
            RecordedById = "test",
            RecordedAt = At(1, 1),
            UpdatedAt = At(1, 1),
            PlacementId = kind == OutcomeKind.Placement ? w.PlacementE1.Id : null,
        };
        static DateOnly D(int month, int day) => new(2025, month, day);
        db.Outcomes.AddRange(
            Outcome(w1, OutcomeKind.Job, D(2, 9)),        // 30 days
            Outcome(w2, OutcomeKind.Placement, D(2, 1)),  // a placement is not self-sufficiency
            Outcome(w2, OutcomeKind.Job, D(3, 21)),       // 60
            Outcome(w3, OutcomeKind.Job, D(5, 2)),        // 90
            Outcome(w4, OutcomeKind.Job, D(6, 15)),       // 120
            Outcome(w5, OutcomeKind.Job, D(8, 28)),       // 180
            Outcome(w6, OutcomeKind.Studies, D(4, 9)),    // 30
            Outcome(w7, OutcomeKind.Placement, D(5, 1)),
            // Agreed but not begun: an outcome in the funnel, not yet self-sufficiency.
            Outcome(w8, OutcomeKind.Studies, Today.AddDays(30)),
            Outcome(m10, OutcomeKind.Job, D(1, 25)),      // 20
            Outcome(m11, OutcomeKind.Job, D(4, 25)),      // 90
            Outcome(m12, OutcomeKind.Job, D(9, 19)),      // 211
            Outcome(m13, OutcomeKind.Job, D(10, 7)),      // 180
            Outcome(dayAfter, OutcomeKind.Job, D(7, 15)),
            Outcome(dayBefore, OutcomeKind.Job, D(1, 15)),
            Outcome(sharedUnit, OutcomeKind.Job, D(3, 15)),
            Outcome(unitC, OutcomeKind.Job, D(3, 31)));

        RecruitmentMeeting Meeting(int unit, MeetingStatus status, DateTime starts, params MeetingInvitation[] invitations) => new()
        {
            UnitId = unit,
            OrganiserId = "test",
            Title = $"Träff {starts:MM-dd}",
            Place = "Storgatan 1",
            StartsAt = starts,
            EndsAt = starts.AddHours(2),
            AnswerDeadline = starts.AddDays(-2),
            Capacity = 10,
            Status = status,
            CalendarUid = $"{Guid.NewGuid():N}@test",
            CreatedAt = At(1, 1),
            Employers = [new MeetingEmployer { EmployerOrganisationId = w.Employer1.Id, Positions = 1 }],
            Invitations = invitations.ToList(),
        };
        MeetingInvitation Invite(Candidate c, InvitationState state, bool? attended = null, MeetingOutcome? outcome = null) => new()
        {
            CandidateId = c.Id,
            InvitedById = "test",
            InvitedAt = At(1, 2),
            State = state,
            Attended = attended,
            Outcome = outcome,
        };
        var held = Meeting(w.UnitA.Id, MeetingStatus.Completed, At(3, 15, 10),
            Invite(w1, InvitationState.Accepted, true, MeetingOutcome.Job), Invite(w2, InvitationState.Accepted, true, MeetingOutcome.Placement),
            Invite(m10, InvitationState.Accepted, false), Invite(sharedUnit, InvitationState.Declined));
        var emptyOnLastDay = Meeting(w.UnitA.Id, MeetingStatus.Completed, At(6, 30, 20));
        var notHeld = Meeting(w.UnitA.Id, MeetingStatus.Published, At(5, 1), Invite(m14, InvitationState.Invited));
        var draft = Meeting(w.UnitA.Id, MeetingStatus.Draft, At(4, 1), Invite(w5, InvitationState.Invited));
        var dayAfterPeriod = Meeting(w.UnitA.Id, MeetingStatus.Completed, new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc), Invite(w6, InvitationState.Accepted, true));
        var ofUnitC = Meeting(w.UnitC.Id, MeetingStatus.Completed, At(3, 20), Invite(unitC, InvitationState.Accepted, true, MeetingOutcome.Job));
        db.Meetings.AddRange(held, emptyOnLastDay, notHeld, draft, dayAfterPeriod, ofUnitC);
        await db.SaveChangesAsync();
        (MeetingHeld, MeetingEmptyOnLastDay, MeetingOfUnitC) = (held.Id, emptyOnLastDay.Id, ofUnitC.Id);
        return 0;
    }

}

/// <summary>The unit dashboard (PRODUCT.md capability 9): exact figures for a known world, period
/// boundaries, other units never counted, small gender cells never shown, bad input as field
/// errors, and who may see it.</summary>
public sealed class DashboardTests(DashboardWorldFixture fixture) : IClassFixture<DashboardWorldFixture>
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    private async Task<Dashboard> GetAsync(string user, string query)
    {
        var client = await fixture.ClientAsync(user);
        var response = await client.GetAsync($"/api/dashboard?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Dashboard>(Json))!;
    }

    [Fact]
    public async Task Dashboard_KnownWorld_FunnelCountsEachStepOfTheCohort()
    {
        var d = await GetAsync("coachA", DashboardWorldFixture.Period);

        Assert.Equal(fixture.World.UnitA.Id, d.UnitId);
        Assert.Equal(
            [
                (FunnelSteps.Registered, 14), // W9 on the last day in; X1 the day after and X2 the day before out; unit B's Y1 out
                (FunnelSteps.Shortlisted, 6),
                (FunnelSteps.ConsentGiven, 3), // W1, W2, M10; pending and declined are not a yes
                (FunnelSteps.Presented, 4), // W1 presented, W2 placed, M10 meeting booked, W3 once presented now not interested
                // W1, W2, M10 to the meeting held, M14 to a published one, W6 to one held after the
                // period (the cohort's progress to date); W5's draft invitation is not one.
                (FunnelSteps.Invited, 5),
                (FunnelSteps.Outcome, 12), // W8's studies start next month: recorded, so counted here
            ],
            d.Funnel.Select(s => (s.Step, s.Candidates)).ToList());
    }

    [Fact]
    public async Task Dashboard_KnownWorld_TimeToSelfSufficiencyMedianAndQuartiles()
    {
        var d = await GetAsync("coachA", DashboardWorldFixture.Period);

        // Days to the first job or studies begun: 20, 30, 30, 60, 90, 90, 120, 180, 180, 211.
        Assert.Equal(new SelfSufficiency(10, 90, 37.5, 165), d.TimeToSelfSufficiency);
    }

    [Fact]
    public async Task Dashboard_ThreeMonths_ShareOfThoseRegisteredByThreeMonthsBeforeTheEnd()
    {
        var d = await GetAsync("coachA", DashboardWorldFixture.Period + "&months=3");

        // Registered by 2025-03-30: W1–W6, M10–M12. Within three months: W1, W2, W6, M10, and M11
        // on the very day; W3 one day late, W4, W5, M12 later.
        Assert.Equal(new ShareInWorkOrStudies(3, new DateOnly(2025, 3, 30), 9, 5, 5.0 / 9), d.ShareWithinMonths);
    }

    [Fact]
    public async Task Dashboard_MonthsNotGiven_SixMonthsAndNobodyHadThemInAHalfYear()
    {
        var d = await GetAsync("coachA", DashboardWorldFixture.Period);

        Assert.Equal(new ShareInWorkOrStudies(6, new DateOnly(2024, 12, 30), 0, 0, null), d.ShareWithinMonths);
    }

    [Fact]
    public async Task Dashboard_ByGender_FourHiddenFiveShownZeroHidden()
    {
        var d = await GetAsync("coachA", DashboardWorldFixture.Period);

        var women = d.OutcomesByGender.Single(r => r.Gender == GenderGroups.Women);
        var men = d.OutcomesByGender.Single(r => r.Gender == GenderGroups.Men);
        Assert.Equal(CellCount.Shown(9), women.Registered);
        Assert.Equal(CellCount.Shown(5), men.Registered);
        Assert.Equal(CellCount.Shown(5), women.Job);
        Assert.Equal(CellCount.Hidden, men.Job); // four men got a job
        Assert.Equal(CellCount.Hidden, women.Placement); // two
        Assert.Equal(CellCount.Hidden, men.Studies); // none
        Assert.Equal([GenderGroups.Women, GenderGroups.Men, GenderGroups.Other, GenderGroups.NotRecorded], d.OutcomesByGender.Select(r => r.Gender));
        Assert.All(d.OutcomesByGender.SelectMany(r => new[] { r.Registered, r.Placement, r.Job, r.Studies }),
            c => Assert.True(c.Suppressed ? c.Value is null : c.Value >= SmallCells.Threshold));
    }

    [Fact]
    public async Task Dashboard_KnownWorld_MeetingsHeldInThePeriodWithTheirResults()
    {
        var d = await GetAsync("coachA", DashboardWorldFixture.Period);

        Assert.Equal(
            [
                new MeetingResult(fixture.MeetingHeld, "Träff 03-15", new DateTime(2025, 3, 15, 10, 0, 0, DateTimeKind.Utc), 4, 3, 2, 1, 1),
                new MeetingResult(fixture.MeetingEmptyOnLastDay, "Träff 06-30", new DateTime(2025, 6, 30, 20, 0, 0, DateTimeKind.Utc), 0, 0, 0, 0, 0),
            ],
            d.Meetings.Select(m => m with { StartsAt = DateTime.SpecifyKind(m.StartsAt, DateTimeKind.Utc) }));
    }

    [Fact]
    public async Task Dashboard_PeriodEndingTheDayBefore_LastDayCandidateOut()
    {
        var d = await GetAsync("coachA", "from=2025-01-01&to=2025-06-29");

        Assert.Equal(13, d.Funnel[0].Candidates);
        Assert.Equal([fixture.MeetingHeld], d.Meetings.Select(m => m.MeetingId));
    }

    [Fact]
    public async Task Dashboard_CoachOfAnotherUnit_OnlyThatUnitsFigures()
    {
        var d = await GetAsync("coachC", DashboardWorldFixture.Period);

        Assert.Equal(fixture.World.UnitC.Id, d.UnitId);
        Assert.Equal([1, 0, 0, 0, 1, 1], d.Funnel.Select(s => s.Candidates));
        Assert.Equal(new SelfSufficiency(1, 30, null, null), d.TimeToSelfSufficiency); // unit B's Y1 is not C's either
        Assert.Equal([fixture.MeetingOfUnitC], d.Meetings.Select(m => m.MeetingId));
        Assert.All(d.OutcomesByGender, r => Assert.True(r.Registered.Suppressed));
    }

    [Fact]
    public async Task Dashboard_AdminOfUnitA_SameFiguresAsItsCoach()
    {
        var admin = await GetAsync("admin", DashboardWorldFixture.Period);
        var coach = await GetAsync("coachA", DashboardWorldFixture.Period);

        Assert.Equal(coach.Funnel, admin.Funnel);
        Assert.Equal(coach.Meetings.Count, admin.Meetings.Count);
    }

    [Fact]
    public async Task DashboardPage_Admin_FiguresWithoutLinksToMeetingsTheyCannotOpen()
    {
        var client = await fixture.ClientAsync("admin");

        var html = await client.GetStringAsync($"/Coach/Dashboard?{DashboardWorldFixture.Period}");

        Assert.Contains("<tr><th scope=\"row\">Inskrivna under perioden</th><td>14</td>", html, StringComparison.Ordinal);
        Assert.Contains("Träff 03-15", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Coach/Meeting/{fixture.MeetingHeld}", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("employer1")]
    [InlineData("candidateA")]
    public async Task Dashboard_EmployerOrCandidate_ForbiddenAndPageDenied(string user)
    {
        var client = await fixture.ClientAsync(user);

        var api = await client.GetAsync($"/api/dashboard?{DashboardWorldFixture.Period}");
        var page = await client.GetAsync($"/Coach/Dashboard?{DashboardWorldFixture.Period}");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_NotSignedIn_Unauthorized()
    {
        var client = fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: false));

        var api = await client.GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "from=2025-07-01&to=2025-06-30", "To" },
        { "from=2025-01-01&to=2025-06-30&months=0", "Months" },
        { "from=2025-01-01&to=2025-06-30&months=37", "Months" },
        { "months=six", "Months" },
        { "from=2025-13-01", "From" },
        { "from=yesterday", "From" },
        { "to=30/06/2025", "To" },
        { "to=1899-12-31", "To" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task DashboardApi_BadQuery_BadRequestWithFieldError(string query, string field)
    {
        var client = await fixture.ClientAsync("coachA");

        var response = await client.GetAsync($"/api/dashboard?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal([field], problem!.Errors.Keys);
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task DashboardPage_BadQuery_FieldMessageNoFigures(string query, string field)
    {
        var client = await fixture.ClientAsync("coachA");

        var response = await client.GetAsync($"/Coach/Dashboard?{query}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"<span id=\"err-{field}\" class=\"error\">[^<]+</span>", html);
        Assert.Contains($"aria-describedby=\"err-{field}\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"funnel\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardPage_KnownWorld_FiguresChartAndSuppressedCellInSwedish()
    {
        var client = await fixture.ClientAsync("coachA");

        var html = await client.GetStringAsync($"/Coach/Dashboard?{DashboardWorldFixture.Period}&months=3");

        Assert.Contains("<tr><th scope=\"row\">Inskrivna under perioden</th><td>14</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Presenterade för en arbetsgivare</th><td>4</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Män</th><td>5</td><td>färre än 5</td><td>färre än 5</td><td>färre än 5</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"funnel-chart\" class=\"bar-chart\" role=\"img\" aria-label=", html, StringComparison.Ordinal);
        Assert.Matches("5 av 9 deltagare som skrevs in senast [^<]{0,9}2025-03-30", html);
        Assert.Contains("value=\"2025-06-30\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardPage_NoQuery_DefaultsToTheYearUpToToday()
    {
        var client = await fixture.ClientAsync("coachA");
        var today = fixture.Today;

        var html = await client.GetStringAsync("/Coach/Dashboard");

        Assert.Contains($"id=\"from\" name=\"from\" type=\"date\" value=\"{DashboardModelIso(today.AddYears(-1).AddDays(1))}\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"to\" name=\"to\" type=\"date\" value=\"{DashboardModelIso(today)}\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"months\" name=\"months\" type=\"number\" min=\"1\" max=\"36\" value=\"6\"", html, StringComparison.Ordinal);
    }

    private static string DashboardModelIso(DateOnly d) => Marketplace.Web.Pages.Coach.DashboardModel.Iso(d);
}

/// <summary>The suppression rule and the percentile on their own.</summary>
public sealed class DashboardFigureTests
{
    [Fact]
    public void Suppress_OneSmallCellInAColumn_SmallestOtherHiddenToo()
    {
        var cells = SmallCells.Suppress([[12, 3, 7, 9]]);

        Assert.Equal([CellCount.Shown(12), CellCount.Hidden, CellCount.Hidden, CellCount.Shown(9)], cells[0]);
    }

    [Fact]
    public void Suppress_TwoSmallCells_NothingElseHidden()
    {
        var cells = SmallCells.Suppress([[5, 4, 0, 6]]);

        Assert.Equal([CellCount.Shown(5), CellCount.Hidden, CellCount.Hidden, CellCount.Shown(6)], cells[0]);
    }

    [Fact]
    public void Suppress_NoSmallCells_AllShown()
    {
        var cells = SmallCells.Suppress([[5, 50]]);

        Assert.Equal([CellCount.Shown(5), CellCount.Shown(50)], cells[0]);
    }

    [Theory]
    [InlineData(new[] { 7 }, 7.0, null, null)]
    [InlineData(new[] { 10, 20 }, 15.0, null, null)]
    [InlineData(new[] { 40, 10, 30, 20, 50, 60, 70, 80 }, 45.0, 27.5, 62.5)]
    public void SelfSufficiencyOf_Values_MedianAndQuartilesFromEight(int[] days, double median, double? lower, double? upper)
    {
        var s = DashboardService.SelfSufficiencyOf(days.ToList());

        Assert.Equal(new SelfSufficiency(days.Length, median, lower, upper), s);
    }
}
