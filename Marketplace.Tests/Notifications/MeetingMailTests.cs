using Ical.Net;
using Marketplace.Tests.Workflows;

namespace Marketplace.Tests.Notifications;

/// <summary>A meeting invitation through the SendGrid sender to the loopback fixture: the body still
/// says only "log in to see", the calendar entry travels as a text/calendar attachment named
/// invite.ics with the method in its type; mail without one carries no "attachments" at all.</summary>
[Collection(nameof(OutboxCollection))]
public sealed class MeetingMailTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task Relay_MeetingInvitation_SendGridGetsCalendarAttachmentWithMethod()
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "IcsMail");
        var meeting = await coach.CreatePublishedAsync(fixture.Now, fixture.World.Employer1.Id);
        await coach.InviteAsync(meeting.Id, fixture.World.PlacementE1.Id, candidate.Id);
        var row = (await fixture.MailToAsync("IcsMail")).Single();
        fixture.Mail.Requests.Clear();

        await fixture.RelayAsync();

        var request = Assert.Single(fixture.Mail.Requests, r => r.Body.Contains($"\"outbox_id\":\"{row.Id}\"", StringComparison.Ordinal));
        var attachment = Assert.Single(request.Attachments());
        Assert.Equal("text/calendar; method=REQUEST", attachment.Type);
        Assert.Equal("invite.ics", attachment.Filename);
        Assert.Equal("attachment", attachment.Disposition);
        var calendar = Calendar.Load(attachment.Content)!;
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(meeting.CalendarUid, calendar.Events.Single().Uid);
        Assert.DoesNotContain(candidate.LastName, request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(meeting.Title, attachment.Content, StringComparison.Ordinal);
        var employerMail = Assert.Single(fixture.Mail.Requests, r => r.Body.Contains(fixture.World.Users["employer1"].Email!, StringComparison.Ordinal));
        Assert.Equal("text/calendar; method=REQUEST", Assert.Single(employerMail.Attachments()).Type);
    }

    [Fact]
    public async Task Relay_MailWithoutAttachment_NoAttachmentsField()
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, "PlainMail");
        var entry = await coach.ShortlistAsync(fixture.World.PlacementE1.Id, candidate.Id);
        await coach.RequestConsentAsync(entry.Id);
        fixture.Mail.Requests.Clear();

        await fixture.RelayAsync();

        var request = Assert.Single(fixture.Mail.Requests, r => r.Body.Contains("plainmail@test.se", StringComparison.Ordinal));
        Assert.DoesNotContain("\"attachments\"", request.Body, StringComparison.Ordinal);
    }
}
