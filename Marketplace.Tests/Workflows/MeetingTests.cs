using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;
using Marketplace.Web.Meetings;
using Marketplace.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Workflows;

/// <summary>Recruitment meetings through the API on the real application, with a clock the tests
/// move: lifecycle, invitations from shortlists, the waiting list, announced changes with calendar
/// entries that calendar programs can read, the reminder once, and attendance afterwards.</summary>
public sealed class MeetingTests(ClockedWorldFixture fixture) : IClassFixture<ClockedWorldFixture>
{
    /// <summary>A fresh candidate with a login, invited from employer 1's shortlist to a new published meeting.</summary>
    private static async Task<(HttpClient Coach, Candidate Candidate, MeetingDto Meeting, InvitationDto Invitation)> InvitedAsync(ClockedAppWorld app, string key, int startsInDays = 3)
    {
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, key);
        var meeting = await coach.CreatePublishedAsync(app.Now, Employer1(app), startsInDays: startsInDays);
        var invitation = Assert.Single(await coach.InviteAsync(meeting.Id, Placement1(app), candidate.Id));
        return (coach, candidate, meeting, invitation);
    }
    private static int Employer1(ClockedAppWorld app) => app.World.Employer1.Id;
    private static int Placement1(ClockedAppWorld app) => app.World.PlacementE1.Id;

    [ProviderFact]
    public async Task Create_EndBeforeStartDeadlineAfterStartNoEmployer_FieldErrorsNothingWritten(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var before = await app.QueryAsync(db => db.Meetings.CountAsync());

        var response = await coach.PostAsJsonAsync("/api/meetings", new
        {
            title = "Träff",
            startsAt = app.Now.AddDays(2),
            endsAt = app.Now.AddDays(2).AddHours(-1),
            place = "Storgatan 1",
            capacity = 5,
            answerDeadline = app.Now.AddDays(3),
            employers = Array.Empty<object>(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "EndsAt", "AnswerDeadline", "Employers" })
        {
            Assert.True(errors.TryGetProperty(field, out _) || errors.TryGetProperty(char.ToLowerInvariant(field[0]) + field[1..], out _), $"no error for {field}: {errors}");
        }
        Assert.Equal(before, await app.QueryAsync(db => db.Meetings.CountAsync()));
    }

    [ProviderTheory]
    [InlineData("Truckkort\u0000", false)]
    [InlineData("Truckkort\r\nB-körkort\tgärna", true)]
    public async Task Create_EmployerNeedsText_ControlCharactersRefusedLineBreaksKept(string needs, bool accepted, TestProvider provider = default)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var before = await app.QueryAsync(db => db.Meetings.CountAsync());

        var response = await coach.PostAsJsonAsync("/api/meetings", new
        {
            title = "Träff om behov",
            startsAt = app.Now.AddDays(3),
            endsAt = app.Now.AddDays(3).AddHours(2),
            place = "Storgatan 1",
            capacity = 5,
            answerDeadline = app.Now.AddDays(2),
            employers = new[] { new { employerId = Employer1(app), positions = 1, needs } },
        });

        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Employers.Needs", out _), $"no error for Employers.Needs: {errors}");
        Assert.Equal(before, await app.QueryAsync(db => db.Meetings.CountAsync()));
    }

    [ProviderFact]
    public async Task Lifecycle_PublishTellsEmployerWithRequest_CompleteBeforeStartRefused_CancelSendsCancelSameUid(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var created = await coach.PostAsJsonAsync("/api/meetings", MeetingClient.Request(app.Now, Employer1(app)));
        var draft = (await created.Content.ReadFromJsonAsync<MeetingDto>())!;
        var mailBefore = (await app.MailToAsync("employer1")).Count;

        var publish = await coach.PostAsJsonAsync($"/api/meetings/{draft.Id}/status", new { status = "Published", version = draft.Version });
        var published = (await publish.Content.ReadFromJsonAsync<MeetingDto>())!;
        var complete = await coach.PostAsJsonAsync($"/api/meetings/{draft.Id}/status", new { status = "Completed", version = published.Version });
        var cancel = await coach.PostAsJsonAsync($"/api/meetings/{draft.Id}/status", new { status = "Cancelled", version = published.Version });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(MeetingStatus.Draft, draft.Status);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, complete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var mail = (await app.MailToAsync("employer1")).Skip(mailBefore).ToList();
        Assert.Equal(2, mail.Count);
        var request = Calendar.Load(mail[0].AttachmentContent!)!;
        var cancelled = Calendar.Load(mail[1].AttachmentContent!)!;
        Assert.Equal("REQUEST", request.Method);
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal("text/calendar; method=CANCEL", mail[1].AttachmentType);
        Assert.Equal(draft.CalendarUid, request.Events.Single().Uid);
        Assert.Equal(draft.CalendarUid, cancelled.Events.Single().Uid);
        Assert.True(cancelled.Events.Single().Sequence > request.Events.Single().Sequence);
        var history = (await coach.GetMeetingAsync(draft.Id)).History!;
        Assert.Equal(["Created", "Published", "Cancelled"], history.Select(h => h.Kind));
        Assert.All(history, h => Assert.Equal(app.World.Users["coachA"].Id, h.ById));
    }

    [ProviderFact]
    public async Task Invite_FromShortlist_CandidateNotifiedAndMailedInvitationThatParses(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Invitee");
        var meeting = await coach.CreatePublishedAsync(app.Now, Employer1(app));

        var invited = await coach.InviteAsync(meeting.Id, Placement1(app), candidate.Id);

        Assert.Equal(InvitationState.Invited, Assert.Single(invited).State);
        var note = Assert.Single(await app.NotificationsOfAsync("Invitee"));
        Assert.Equal(NotificationKinds.MeetingInvited, note.Kind);
        Assert.Equal(meeting.Id, NotificationPayload.Parse(note.Payload).MeetingId);
        var mail = Assert.Single(await app.MailToAsync("Invitee"));
        Assert.Equal("invite.ics", mail.AttachmentName);
        Assert.Equal("text/calendar; method=REQUEST", mail.AttachmentType);
        var calendar = Calendar.Load(mail.AttachmentContent!)!;
        var e = calendar.Events.Single();
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(meeting.CalendarUid, e.Uid);
        Assert.Equal(meeting.StartsAt, e.DtStart!.AsUtc);
        Assert.Equal(meeting.EndsAt, e.DtEnd!.AsUtc);
        Assert.Equal("Storgatan 1, Kalmar", e.Location);
        Assert.Equal(56.6616, e.GeographicLocation!.Latitude, 4);
        Assert.Equal("Rekryteringsträff", e.Summary);
        Assert.DoesNotContain("Invitee", e.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Logga in", e.Description, StringComparison.Ordinal);
        Assert.Equal("mailto:invitee@test.se", e.Attendees.Single().Value!.ToString());
        Assert.NotNull(e.Organizer);
    }

    [ProviderFact]
    public async Task Invite_EntryOfEmployerNotInMeeting_RefusedNothingWritten(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, "Elsewhere");
        var meeting = await coach.CreatePublishedAsync(app.Now, app.World.Employer2.Id);
        var entry = await coach.ShortlistAsync(Placement1(app), candidate.Id);

        var response = await coach.PostAsJsonAsync($"/api/meetings/{meeting.Id}/invitations", new { shortlistEntryIds = new[] { entry.Id } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await coach.GetMeetingAsync(meeting.Id)).Invitations!);
    }

    [ProviderFact]
    public async Task Answer_WhenFull_WaitlistedThenPromotedAndToldWhenSomeoneDeclines(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var first = await app.World.AddCandidateWithLoginAsync(app.Factory, "First");
        var second = await app.World.AddCandidateWithLoginAsync(app.Factory, "Second");
        var meeting = await coach.CreatePublishedAsync(app.Now, Employer1(app), capacity: 1);
        var invitations = await coach.InviteAsync(meeting.Id, Placement1(app), first.Id, second.Id);
        var a = await app.ClientAsync("First");
        var b = await app.ClientAsync("Second");
        var ia = invitations.Single(i => i.CandidateId == first.Id).Id;
        var ib = invitations.Single(i => i.CandidateId == second.Id).Id;

        var yesA = await (await a.AnswerAsync(ia, true)).Content.ReadFromJsonAsync<InvitationDto>();
        var yesB = await (await b.AnswerAsync(ib, true)).Content.ReadFromJsonAsync<InvitationDto>();
        var noA = await (await a.AnswerAsync(ia, false)).Content.ReadFromJsonAsync<InvitationDto>();

        Assert.Equal(InvitationState.Accepted, yesA!.State);
        Assert.Equal(InvitationState.Waitlisted, yesB!.State);
        Assert.Equal(InvitationState.Declined, noA!.State);
        var after = await coach.GetMeetingAsync(meeting.Id);
        Assert.Equal(InvitationState.Accepted, after.Invitations!.Single(i => i.Id == ib).State);
        Assert.Equal(1, after.Accepted);
        Assert.Contains(await app.NotificationsOfAsync("Second"), n => n.Kind == NotificationKinds.MeetingPromoted);
        var coachNotes = await app.NotificationsOfAsync("coachA");
        Assert.Contains(coachNotes, n => n.Kind == NotificationKinds.MeetingAnswered && NotificationPayload.Parse(n.Payload).To == "Waitlisted");
        Assert.Contains(after.History!, h => h.Kind == "Promoted" && h.InvitationId == ib);
        // The candidate sees only their own invitation, not who else was asked.
        var own = await b.GetMeetingAsync(meeting.Id);
        Assert.Equal(ib, Assert.Single(own.Invitations!).Id);
        Assert.Null(own.History);
    }

    [ProviderFact]
    public async Task Answer_AfterDeadline_RefusedAndUnchanged(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, candidate, meeting, invitation) = await InvitedAsync(app, "Late", 20);

        app.Clock.Advance(TimeSpan.FromDays(19.5));
        var late = await app.ClientAsync("Late");
        var answer = await late.AnswerAsync(invitation.Id, true);
        coach = await app.ClientAsync("coachA");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(InvitationState.Invited, (await coach.GetMeetingAsync(meeting.Id)).Invitations!.Single().State);
    }

    [ProviderFact]
    public async Task Update_TimeAndPlaceAfterPublishing_InviteesToldWhatChangedCalendarUpdatedSameUidHigherSequence(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, candidate, meeting, _) = await InvitedAsync(app, "Moved");
        var current = await coach.GetMeetingAsync(meeting.Id);

        var update = await coach.PutAsJsonAsync($"/api/meetings/{meeting.Id}",
            MeetingClient.Request(app.Now, Employer1(app), startsInDays: 4, place: "Lagergatan 5, Kalmar", version: current.Version));

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var changed = (await app.NotificationsOfAsync("Moved")).Last();
        Assert.Equal(NotificationKinds.MeetingChanged, changed.Kind);
        Assert.Equal("Time,Place,Deadline", NotificationPayload.Parse(changed.Payload).Changed);
        var mail = await app.MailToAsync("Moved");
        var invitation = Calendar.Load(mail[0].AttachmentContent!)!.Events.Single();
        var updated = Calendar.Load(mail[^1].AttachmentContent!)!.Events.Single();
        Assert.Equal(invitation.Uid, updated.Uid);
        Assert.True(updated.Sequence > invitation.Sequence);
        Assert.Equal("Lagergatan 5, Kalmar", updated.Location);
        Assert.Equal(app.Now.Date.AddDays(4).AddHours(8), updated.DtStart!.AsUtc);
        Assert.Contains((await coach.GetMeetingAsync(meeting.Id)).History!, h => h.Kind == "Changed" && h.Detail!.Contains("Lagergatan", StringComparison.Ordinal));
        // The e-mail itself still says only "log in to see"; the text is rendered from the row's language.
        Assert.Null(mail[^1].Payload);
    }

    [ProviderFact]
    public async Task Update_StaleVersion_ConflictNothingAnnounced(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var meeting = await coach.CreatePublishedAsync(app.Now, Employer1(app));
        var before = (await app.NotificationsOfAsync("employer1")).Count;

        var update = await coach.PutAsJsonAsync($"/api/meetings/{meeting.Id}", MeetingClient.Request(app.Now, Employer1(app), startsInDays: 5, version: Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);
        Assert.Equal(before, (await app.NotificationsOfAsync("employer1")).Count);
    }

    [ProviderFact]
    public async Task Cancel_Published_EveryoneInvitedToldWithCalendarCancel(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, candidate, meeting, _) = await InvitedAsync(app, "Cancelled");
        var current = await coach.GetMeetingAsync(meeting.Id);

        var cancel = await coach.PostAsJsonAsync($"/api/meetings/{meeting.Id}/status", new { status = "Cancelled", version = current.Version });

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(NotificationKinds.MeetingCancelled, (await app.NotificationsOfAsync("Cancelled")).Last().Kind);
        var calendar = Calendar.Load((await app.MailToAsync("Cancelled")).Last().AttachmentContent!)!;
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal(meeting.CalendarUid, calendar.Events.Single().Uid);
        Assert.Equal(EventStatus.Cancelled, calendar.Events.Single().Status);
        var late = await app.ClientAsync("Cancelled");
        Assert.Equal(HttpStatusCode.BadRequest, (await late.AnswerAsync(current.Invitations!.Single().Id, true)).StatusCode);
    }

    [ProviderFact]
    public async Task Reminder_DayBefore_SentOnceToThoseWhoSaidYes(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var yes = await app.World.AddCandidateWithLoginAsync(app.Factory, "Reminded");
        var no = await app.World.AddCandidateWithLoginAsync(app.Factory, "NotReminded");
        var meeting = await coach.CreatePublishedAsync(app.Now, Employer1(app), startsInDays: 40);
        var invitations = await coach.InviteAsync(meeting.Id, Placement1(app), yes.Id, no.Id);
        await (await app.ClientAsync("Reminded")).AnswerAsync(invitations.Single(i => i.CandidateId == yes.Id).Id, true);
        var reminders = app.Factory.Services.GetRequiredService<MeetingReminders>();

        // Forty days ahead: no reminder of this meeting yet (others' meetings may be due, hence no count).
        await reminders.RunOnceAsync(CancellationToken.None);
        var early = (await app.NotificationsOfAsync("Reminded")).Count(n => n.Kind == NotificationKinds.MeetingReminder);
        app.Clock.Advance(meeting.StartsAt - app.Now - TimeSpan.FromHours(23));
        await reminders.RunOnceAsync(CancellationToken.None);
        var again = await reminders.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, again);
        Assert.Single(await app.NotificationsOfAsync("Reminded"), n => n.Kind == NotificationKinds.MeetingReminder);
        Assert.DoesNotContain(await app.NotificationsOfAsync("NotReminded"), n => n.Kind == NotificationKinds.MeetingReminder);
        coach = await app.ClientAsync("coachA");
        var invitation = (await coach.GetMeetingAsync(meeting.Id)).Invitations!.Single(i => i.CandidateId == yes.Id);
        Assert.NotNull(invitation.ReminderSentAt);
        Assert.Equal(0, early);
    }

    [ProviderFact]
    public async Task Attendance_BeforeStartRefused_AfterStartRecordedWithOutcomeAndHistory(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, candidate, meeting, invitation) = await InvitedAsync(app, "Attendee", 60);
        var url = $"/api/meeting-invitations/{invitation.Id}/attendance";

        var early = await coach.PostAsJsonAsync(url, new { attended = true, outcome = "Job" });
        app.Clock.Advance(meeting.EndsAt - app.Now + TimeSpan.FromHours(1));
        coach = await app.ClientAsync("coachA");
        var absentWithJob = await coach.PostAsJsonAsync(url, new { attended = false, outcome = "Job" });
        var recorded = await coach.PostAsJsonAsync(url, new { attended = true, outcome = "Placement" });
        var current = await coach.GetMeetingAsync(meeting.Id);
        var complete = await coach.PostAsJsonAsync($"/api/meetings/{meeting.Id}/status", new { status = "Completed", version = current.Version });

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, absentWithJob.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        var after = await coach.GetMeetingAsync(meeting.Id);
        var row = after.Invitations!.Single();
        Assert.True(row.Attended);
        Assert.Equal(MeetingOutcome.Placement, row.Outcome);
        Assert.Equal(MeetingStatus.Completed, after.Status);
        Assert.Contains(after.History!, h => h.Kind == "Attendance" && h.Detail == "Attended, Placement");
    }

    [ProviderFact]
    public async Task DevMailbox_InvitationMail_ShowsAndDownloadsCalendarAttachment(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, candidate, meeting, _) = await InvitedAsync(app, "Mailbox");
        var row = Assert.Single(await app.MailToAsync("Mailbox"));
        var admin = await app.ClientAsync("admin");

        var page = await admin.GetStringAsync("/Dev/Mailbox");
        var download = await admin.GetAsync($"/Dev/Mailbox?handler=Attachment&id={row.Id}");

        Assert.Contains("invite.ics", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/calendar", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("REQUEST", Calendar.Load(await download.Content.ReadAsStringAsync())!.Method);
    }

    [ProviderFact]
    public async Task EditMeetingPage_EndBeforeStart_ErrorShownAtFieldNothingSaved(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coach = await app.ClientAsync("coachA");
        var before = await app.QueryAsync(db => db.Meetings.CountAsync());
        var start = app.Now.Date.AddDays(5).AddHours(9);

        var response = await coach.PostFormAsync("/Coach/EditMeeting", "/Coach/EditMeeting", new Dictionary<string, string>
        {
            ["Form.Title"] = "Träff",
            ["Form.Place"] = "Storgatan 1",
            ["Form.Capacity"] = "10",
            ["Form.StartsAt"] = start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.EndsAt"] = start.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.AnswerDeadline"] = start.AddDays(-2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Employers[0].EmployerId"] = Employer1(app).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Employers[0].Positions"] = "2",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Träffen måste sluta efter att den börjar.", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Meetings.CountAsync()));
    }
}
