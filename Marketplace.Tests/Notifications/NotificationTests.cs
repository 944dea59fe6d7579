using System.Net;
using System.Net.Http.Json;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Api;
using Marketplace.Web.Email;
using Marketplace.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Notifications;

/// <summary>Notifications (PRODUCT.md capability 8): stored with the change that caused them,
/// pushed live to the recipient's SignalR group, and fetched again after a disconnect.</summary>
public sealed class NotificationTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    /// <summary>A new candidate with a login, put on employer 1's placement by coach A.</summary>
    private async Task<(HttpClient Coach, HttpClient Me, ShortlistEntryDto Entry)> OnShortlistAsync(string key)
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, key);
        var me = await fixture.ClientAsync(key);
        return (coach, me, await coach.ShortlistAsync(fixture.World.PlacementE1.Id, candidate.Id));
    }

    [Fact]
    public async Task ConsentRequest_CandidateConnected_ReceivesPushOfStoredNotification()
    {
        var (coach, me, entry) = await OnShortlistAsync("Live");
        await using var hub = await HubClient.ListenAsync(fixture, "Live");

        await coach.RequestConsentAsync(entry.Id);

        var push = await hub.Pushed();
        Assert.Equal(NotificationKinds.ConsentRequested, push.Kind);
        var list = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications");
        var stored = Assert.Single(list!.Items);
        Assert.Equal(push.Id, stored.Id);
        Assert.Equal(1, list.Unread);
        Assert.Equal("/Candidate", stored.Link);
    }

    [Fact]
    public async Task ConsentAnswer_CoachAndEmployerConnected_CoachGetsAnswerEmployerGetsShared()
    {
        var (coach, me, entry) = await OnShortlistAsync("Answers");
        var request = await coach.RequestConsentAsync(entry.Id);
        await using var coachHub = await HubClient.ListenAsync(fixture, "coachA", NotificationKinds.ConsentAnswered);
        await using var employerHub = await HubClient.ListenAsync(fixture, "employer1", NotificationKinds.CandidateShared);

        var answer = await me.PostAsJsonAsync($"/api/consent-requests/{request.Id}/answer", new { accept = true });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var coachPush = await coachHub.Pushed();
        var employerPush = await employerHub.Pushed();
        var coachId = fixture.World.Users["coachA"].Id;
        var employerId = fixture.World.Users["employer1"].Id;
        Assert.True(await fixture.QueryAsync(db => db.Notifications.AnyAsync(n => n.Id == coachPush.Id && n.UserId == coachId)));
        Assert.True(await fixture.QueryAsync(db => db.Notifications.AnyAsync(n => n.Id == employerPush.Id && n.UserId == employerId)));
    }

    /// <summary>The actor is never told about their own action, even when a use case lists them
    /// among the recipients (a coach who is also the candidate's coach, an employer user who is
    /// also a contact). The consent test above could not show it: the candidate is never a
    /// recipient of the answer.</summary>
    [Fact]
    public async Task Stage_ActorAmongRecipients_OnlyTheOthersGetARow()
    {
        var actor = fixture.World.Users["coachA"].Id;
        var other = fixture.World.Users["coachC"].Id;
        var before = await fixture.QueryAsync(db => db.Notifications.Where(n => n.UserId == actor || n.UserId == other).Select(n => n.Id).ToListAsync());

        await using (var scope = fixture.Factory.Scope())
        {
            var stage = scope.ServiceProvider.GetRequiredService<NotificationStage>();
            await stage.AddAsync([actor, other, actor], actor, NotificationKinds.ConsentAnswered, new NotificationPayload(EntryId: 1), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<Marketplace.Data.MarketplaceDbContext>().SaveChangesAsync();
        }

        var added = await fixture.QueryAsync(db => db.Notifications.Where(n => (n.UserId == actor || n.UserId == other) && !before.Contains(n.Id))
            .Select(n => n.UserId).ToListAsync());
        Assert.Equal([other], added);
    }

    [Fact]
    public async Task Reconnect_AfterMissedNotifications_FetchAfterLastSeenReturnsThemOldestFirst()
    {
        var (coach, me, entry) = await OnShortlistAsync("Offline");
        var hub = await HubClient.ListenAsync(fixture, "Offline");
        var request = await coach.RequestConsentAsync(entry.Id);
        var lastSeen = (await hub.Pushed()).Id;
        await hub.DisposeAsync();

        var withdrawn = await coach.PostAsync($"/api/consent-requests/{request.Id}/withdraw", null);
        await coach.RequestConsentAsync(entry.Id);
        await using var back = await HubClient.ListenAsync(fixture, "Offline");
        var missed = await me.GetFromJsonAsync<NotificationListDto>($"/api/notifications?after={lastSeen}");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal([NotificationKinds.ConsentWithdrawn, NotificationKinds.ConsentRequested], missed!.Items.Select(n => n.Kind));
        Assert.True(missed.Items.All(n => n.Id > lastSeen));
        Assert.True(missed.Items[0].Id < missed.Items[1].Id);
        Assert.False(back.First.Task.IsCompleted); // sent while away: only the fetch brings them
    }

    [Fact]
    public async Task Assessment_StaleVersion_ConflictAndNoNotification_CurrentVersionNotifiesCoach()
    {
        var (coach, _, entry) = await OnShortlistAsync("Assessed");
        var employer = await fixture.ClientAsync("employer1");
        var presented = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Presented", version = entry.Version });
        presented.EnsureSuccessStatusCode();
        var current = (await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.Version;
        var coachId = fixture.World.Users["coachA"].Id;
        Task<int> AssessedCount() => fixture.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == coachId && n.Kind == NotificationKinds.EmployerAssessed && n.Payload!.Contains($"\"entryId\":{entry.Id},")));

        var stale = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Interesting", version = entry.Version });
        var afterStale = await AssessedCount();
        var fresh = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Interesting", version = current });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(0, afterStale);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(1, await AssessedCount());
        var employerId = fixture.World.Users["employer1"].Id;
        Assert.True(await fixture.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == employerId && n.Kind == NotificationKinds.CandidatePresented && n.Payload!.Contains($"\"entryId\":{entry.Id},"))));
    }

    [Fact]
    public async Task StatusChange_StaleVersion_NoNotificationForCandidate()
    {
        var (coach, me, entry) = await OnShortlistAsync("Raced");
        var first = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });

        var second = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Interested", version = entry.Version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var list = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications");
        var only = Assert.Single(list!.Items);
        Assert.Equal(NotificationKinds.ShortlistStatus, only.Kind);
    }

    [Fact]
    public async Task Text_RenderedInReadersLanguage_SwedishByDefaultEnglishOnRequest()
    {
        var (coach, me, entry) = await OnShortlistAsync("Lang");
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });

        var sv = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications");
        var en = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications?culture=en");

        Assert.Equal("Det finns nyheter om en plats du är aktuell för: Kontaktad.", Assert.Single(sv!.Items).Text);
        Assert.Equal("There is news about a placement you are being considered for: Contacted.", Assert.Single(en!.Items).Text);
    }

    [Fact]
    public async Task Read_OwnAndOthers_OwnMarkedOthersNotFound_ReadAllClearsUnread()
    {
        var (coach, me, entry) = await OnShortlistAsync("Reader");
        var other = await fixture.ClientAsync("candidateA");
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });
        await coach.RequestConsentAsync(entry.Id);
        var items = (await me.GetFromJsonAsync<NotificationListDto>("/api/notifications"))!.Items;

        var byOther = await other.PostAsync($"/api/notifications/{items[0].Id}/read", null);
        var byOwner = await me.PostAsync($"/api/notifications/{items[0].Id}/read", null);
        var afterOne = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications");
        var all = await me.PostAsync("/api/notifications/read-all", null);
        var afterAll = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications");

        Assert.Equal(2, items.Count);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byOwner.StatusCode);
        Assert.Equal(1, afterOne!.Unread);
        Assert.NotNull(afterOne.Items[0].ReadAt);
        Assert.Equal(HttpStatusCode.NoContent, all.StatusCode);
        Assert.Equal(0, afterAll!.Unread);
    }

    [Fact]
    public async Task Hub_WithoutSignIn_Unauthorized()
    {
        _ = await fixture.ClientAsync("coachA"); // starts the server
        await using var anonymous = HubClient.Build(fixture, cookie: null);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Page_UnreadNotification_ListedWithBadge_MarkAllReadClearsBadge()
    {
        var (coach, me, entry) = await OnShortlistAsync("Paged");
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });

        var before = await me.GetStringAsync("/Notifications?culture=en");
        var posted = await me.PostFormAsync("/Notifications", "/Notifications?handler=ReadAll", []);
        var after = await me.GetStringAsync("/Notifications?culture=en");

        Assert.Contains("There is news about a placement you are being considered for: Contacted.", before, StringComparison.Ordinal);
        Assert.Contains("data-latest=", before, StringComparison.Ordinal);
        Assert.Matches("id=\"notifications-count\">1<", before);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Matches("id=\"notifications-count\">0<", after);
    }

    [Fact]
    public async Task DevMailbox_NoSendGridKey_RelayMarksSentAndAdminSeesMailCoachDoesNot()
    {
        var (coach, _, entry) = await OnShortlistAsync("Mailbox");
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });
        var userId = fixture.World.Users["Mailbox"].Id;
        var admin = await fixture.ClientAsync("admin");

        await fixture.Factory.Services.GetRequiredService<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        var page = await admin.GetStringAsync("/Dev/Mailbox?culture=en");
        var forCoach = await coach.GetAsync("/Dev/Mailbox");

        var row = await fixture.QueryAsync(db => db.Outbox.SingleAsync(m => m.RecipientUserId == userId));
        Assert.NotNull(row.SentAt);
        Assert.StartsWith(DevMailboxSender.Prefix, row.ProviderMessageId, StringComparison.Ordinal);
        Assert.Contains(row.RecipientEmail, page, StringComparison.Ordinal);
        Assert.Contains("Något nytt väntar på dig i Marketplace. Logga in för att se det:", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forCoach.StatusCode);
    }

    [Fact]
    public async Task EmailPreference_OffOnPage_NextChangeNotifiedWithoutEmail_OnAgainEmails()
    {
        var (coach, me, entry) = await OnShortlistAsync("Preference");
        var userId = fixture.World.Users["Preference"].Id;
        Task<int> Mails() => fixture.QueryAsync(db => db.Outbox.CountAsync(m => m.RecipientUserId == userId));
        Task<int> Notices() => fixture.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == userId));

        static string Box(string html) => System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*id=\"EmailNotifications\"[^>]*>").Value;
        var before = Box(await me.GetStringAsync("/Notifications"));
        var off = await me.PostFormAsync("/Notifications", "/Notifications?handler=Email", [new("EmailNotifications", "false")]);
        var page = await me.GetStringAsync("/Notifications?culture=en");
        var moved = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });
        var (mailsOff, noticesOff) = (await Mails(), await Notices());
        var on = await me.PostFormAsync("/Notifications", "/Notifications?handler=Email", [new("EmailNotifications", "true")]);
        await coach.RequestConsentAsync(entry.Id);

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("checked", before, StringComparison.Ordinal); // on by default
        Assert.DoesNotContain("checked", Box(page), StringComparison.Ordinal);
        Assert.NotEmpty(Box(page));
        Assert.Contains("Saved.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal((0, 1), (mailsOff, noticesOff));
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Equal(1, await Mails());
        Assert.Equal(2, await Notices());
    }
}
