using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Workflows;

/// <summary>The meeting calls the tests repeat: a valid request, create-and-publish, invite, answer.</summary>
public static class MeetingClient
{
    public static object Request(DateTime now, int employerId, int capacity = 10, int startsInDays = 3, string place = "Storgatan 1, Kalmar",
        double? lat = 56.6616, double? lon = 16.3616, Guid? version = null) => new
        {
            title = "Rekryteringsträff lager och städ",
            startsAt = now.Date.AddDays(startsInDays).AddHours(8),
            endsAt = now.Date.AddDays(startsInDays).AddHours(10),
            place,
            placeLat = lat,
            placeLon = lon,
            capacity,
            answerDeadline = now.Date.AddDays(startsInDays - 1),
            employers = new[] { new { employerId, positions = 2, workingLanguageId = (string?)null, skills = Array.Empty<string>(), needs = "Morgonpass" } },
            version,
        };

    public static async Task<MeetingDto> CreatePublishedAsync(this HttpClient coach, DateTime now, int employerId, int capacity = 10, int startsInDays = 3)
    {
        var created = await coach.PostAsJsonAsync("/api/meetings", Request(now, employerId, capacity, startsInDays));
        created.EnsureSuccessStatusCode();
        var draft = (await created.Content.ReadFromJsonAsync<MeetingDto>())!;
        var published = await coach.PostAsJsonAsync($"/api/meetings/{draft.Id}/status", new { status = "Published", version = draft.Version });
        published.EnsureSuccessStatusCode();
        return (await published.Content.ReadFromJsonAsync<MeetingDto>())!;
    }

    public static async Task<MeetingDto> GetMeetingAsync(this HttpClient client, int id) =>
        (await client.GetFromJsonAsync<MeetingDto>($"/api/meetings/{id}"))!;

    /// <summary>Shortlists each candidate on the placement and invites them all in one call.</summary>
    public static async Task<List<InvitationDto>> InviteAsync(this HttpClient coach, int meetingId, int placementId, params int[] candidateIds)
    {
        var entries = new List<int>();
        foreach (var c in candidateIds)
        {
            entries.Add((await coach.ShortlistAsync(placementId, c)).Id);
        }
        var response = await coach.PostAsJsonAsync($"/api/meetings/{meetingId}/invitations", new { shortlistEntryIds = entries });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<InvitationDto>>())!;
    }

    public static async Task<HttpResponseMessage> AnswerAsync(this HttpClient candidate, int invitationId, bool accept) =>
        await candidate.PostAsJsonAsync($"/api/meeting-invitations/{invitationId}/answer", new { accept });

    public static Task<List<OutboxMessage>> MailToAsync(this ITestApp app, string user) =>
        app.QueryAsync(db => db.Outbox.Where(m => m.RecipientUserId == app.World.Users[user].Id).OrderBy(m => m.Id).AsNoTracking().ToListAsync());

    public static Task<List<Notification>> NotificationsOfAsync(this ITestApp app, string user) =>
        app.QueryAsync(db => db.Notifications.Where(n => n.UserId == app.World.Users[user].Id).OrderBy(n => n.Id).AsNoTracking().ToListAsync());
}
