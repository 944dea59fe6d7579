using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Marketplace.Data.Entities;
using Marketplace.Web.Email;
using Marketplace.Web.Notifications;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Meetings;

/// <summary>The calendar entry that goes with a meeting e-mail (RFC 5545 through Ical.Net): a
/// REQUEST that calendar programs file as an invitation, updated in place by the same UID and a
/// higher SEQUENCE, and a CANCEL with that UID when the meeting is off. The summary is generic and
/// the description says "log in to see": time and place are the only details it carries
/// (docs/decisions/0009-meeting-calendar-entries.md).</summary>
public sealed class MeetingCalendar(IOptions<EmailOptions> options, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public const string FileName = "invite.ics";

    public static string ContentType(string method) => $"text/calendar; method={method}";

    /// <summary>An attachment for one recipient: REQUEST while the meeting is on, CANCEL once it is cancelled.</summary>
    public MailAttachment For(RecruitmentMeeting meeting, Recipient to)
    {
        var method = meeting.Status == MeetingStatus.Cancelled ? CalendarMethods.Cancel : CalendarMethods.Request;
        return new MailAttachment(FileName, ContentType(method), Build(meeting, method, to.Email, to.Language));
    }

    public string Build(RecruitmentMeeting meeting, string method, string attendeeEmail, string language)
    {
        var (summary, description) = Texts(language);
        var o = options.Value;
        var e = new CalendarEvent
        {
            Uid = meeting.CalendarUid,
            Sequence = meeting.Sequence,
            DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime),
            // UTC: every calendar program converts it to the reader's zone without a VTIMEZONE.
            DtStart = new CalDateTime(DateTime.SpecifyKind(meeting.StartsAt, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(meeting.EndsAt, DateTimeKind.Utc)),
            Summary = summary,
            Description = string.Format(CultureInfo.InvariantCulture, description, o.SiteUrl),
            Location = meeting.Place,
            Status = method == CalendarMethods.Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = new Organizer("mailto:" + o.From) { CommonName = "Marketplace" },
        };
        if (meeting.PlaceLat is { } lat && meeting.PlaceLon is { } lon)
        {
            e.GeographicLocation = new GeographicLocation(lat, lon);
        }
        e.Attendees.Add(new Attendee("mailto:" + attendeeEmail)
        {
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = method == CalendarMethods.Cancel ? EventParticipationStatus.Declined : EventParticipationStatus.NeedsAction,
            // Answers are given in the portal, where the waiting list lives, not by calendar reply.
            Rsvp = false,
        });
        var calendar = new Ical.Net.Calendar { Method = method, ProductId = "-//Marketplace//Recruitment meetings//SV" };
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private (string Summary, string Description) Texts(string language)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(EmailText.LanguageOf(language));
        try
        {
            return (l["Recruitment meeting"], l["Log in to see more: {0}"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
