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
    private static async Task<(HttpClient Coach, HttpClient Me, ShortlistEntryDto Entry)> OnShortlistAsync(ITestApp app, string key)
    {
        var coach = await app.ClientAsync("coachA");
        var candidate = await app.World.AddCandidateWithLoginAsync(app.Factory, key);
        var me = await app.ClientAsync(key);
        return (coach, me, await coach.ShortlistAsync(app.World.PlacementE1.Id, candidate.Id));
    }

    [ProviderFact]
    public async Task ConsentRequest_CandidateConnected_ReceivesPushOfStoredNotification(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, me, entry) = await OnShortlistAsync(app, "Live");
        await using var hub = await HubClient.ListenAsync(app, "Live");

        await coach.RequestConsentAsync(entry.Id);

        var push = await hub.Pushed();
        Assert.Equal(NotificationKinds.ConsentRequested, push.Kind);
        var list = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications");
        var stored = Assert.Single(list!.Items);
        Assert.Equal(push.Id, stored.Id);
        Assert.Equal(1, list.Unread);
        Assert.Equal("/Candidate", stored.Link);
    }

    [ProviderFact]
    public async Task ConsentAnswer_CoachAndEmployerConnected_CoachGetsAnswerEmployerGetsShared(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, me, entry) = await OnShortlistAsync(app, "Answers");
        var request = await coach.RequestConsentAsync(entry.Id);
        await using var coachHub = await HubClient.ListenAsync(app, "coachA", NotificationKinds.ConsentAnswered);
        await using var employerHub = await HubClient.ListenAsync(app, "employer1", NotificationKinds.CandidateShared);

        var answer = await me.PostAsJsonAsync($"/api/consent-requests/{request.Id}/answer", new { accept = true });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var coachPush = await coachHub.Pushed();
        var employerPush = await employerHub.Pushed();
        var coachId = app.World.Users["coachA"].Id;
        var employerId = app.World.Users["employer1"].Id;
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.Id == coachPush.Id && n.UserId == coachId)));
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.Id == employerPush.Id && n.UserId == employerId)));
    }

    /// <summary>The actor is never told about their own action, even when a use case lists them
    /// among the recipients (a coach who is also the candidate's coach, an employer user who is
    /// also a contact). The consent test above could not show it: the candidate is never a
    /// recipient of the answer.</summary>
    [ProviderFact]
    public async Task Stage_ActorAmongRecipients_OnlyTheOthersGetARow(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var actor = app.World.Users["coachA"].Id;
        var other = app.World.Users["coachC"].Id;
        var before = await app.QueryAsync(db => db.Notifications.Where(n => n.UserId == actor || n.UserId == other).Select(n => n.Id).ToListAsync());

        await using (var scope = app.Factory.Scope())
        {
            var stage = scope.ServiceProvider.GetRequiredService<NotificationStage>();
            await stage.AddAsync([actor, other, actor], actor, NotificationKinds.ConsentAnswered, new NotificationPayload(EntryId: 1), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<Marketplace.Data.MarketplaceDbContext>().SaveChangesAsync();
        }

        var added = await app.QueryAsync(db => db.Notifications.Where(n => (n.UserId == actor || n.UserId == other) && !before.Contains(n.Id))
            .Select(n => n.UserId).ToListAsync());
        Assert.Equal([other], added);
    }

    [ProviderFact]
    public async Task Reconnect_AfterMissedNotifications_FetchAfterLastSeenReturnsThemOldestFirst(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, me, entry) = await OnShortlistAsync(app, "Offline");
        var hub = await HubClient.ListenAsync(app, "Offline");
        var request = await coach.RequestConsentAsync(entry.Id);
        var lastSeen = (await hub.Pushed()).Id;
        await hub.DisposeAsync();

        var withdrawn = await coach.PostAsync($"/api/consent-requests/{request.Id}/withdraw", null);
        await coach.RequestConsentAsync(entry.Id);
        await using var back = await HubClient.ListenAsync(app, "Offline");
        var missed = await me.GetFromJsonAsync<NotificationListDto>($"/api/notifications?after={lastSeen}");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal([NotificationKinds.ConsentWithdrawn, NotificationKinds.ConsentRequested], missed!.Items.Select(n => n.Kind));
        Assert.True(missed.Items.All(n => n.Id > lastSeen));
        Assert.True(missed.Items[0].Id < missed.Items[1].Id);
        Assert.False(back.First.Task.IsCompleted); // sent while away: only the fetch brings them
    }

    [ProviderFact]
    public async Task Assessment_StaleVersion_ConflictAndNoNotification_CurrentVersionNotifiesCoach(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, _, entry) = await OnShortlistAsync(app, "Assessed");
        var employer = await app.ClientAsync("employer1");
        var presented = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Presented", version = entry.Version });
        presented.EnsureSuccessStatusCode();
        var current = (await coach.GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{entry.Id}"))!.Version;
        var coachId = app.World.Users["coachA"].Id;
        Task<int> AssessedCount() => app.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == coachId && n.Kind == NotificationKinds.EmployerAssessed && n.Payload!.Contains($"\"entryId\":{entry.Id},")));

        var stale = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Interesting", version = entry.Version });
        var afterStale = await AssessedCount();
        var fresh = await employer.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/assessment", new { assessment = "Interesting", version = current });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(0, afterStale);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(1, await AssessedCount());
        var employerId = app.World.Users["employer1"].Id;
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == employerId && n.Kind == NotificationKinds.CandidatePresented && n.Payload!.Contains($"\"entryId\":{entry.Id},"))));
    }

    [ProviderFact]
    public async Task StatusChange_StaleVersion_NoNotificationForCandidate(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, me, entry) = await OnShortlistAsync(app, "Raced");
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
        var (coach, me, entry) = await OnShortlistAsync(fixture, "Lang");
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });

        var sv = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications");
        var en = await me.GetFromJsonAsync<NotificationListDto>("/api/notifications?culture=en");

        Assert.Equal("Det finns nyheter om en plats du är aktuell för: Kontaktad.", Assert.Single(sv!.Items).Text);
        Assert.Equal("There is news about a placement you are being considered for: Contacted.", Assert.Single(en!.Items).Text);
    }

    [ProviderFact]
    public async Task Read_OwnAndOthers_OwnMarkedOthersNotFound_ReadAllClearsUnread(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, me, entry) = await OnShortlistAsync(app, "Reader");
        var other = await app.ClientAsync("candidateA");
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
        var (coach, me, entry) = await OnShortlistAsync(fixture, "Paged");
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

    [ProviderFact]
    public async Task DevMailbox_NoSendGridKey_RelayMarksSentAndAdminSeesMailCoachDoesNot(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, _, entry) = await OnShortlistAsync(app, "Mailbox");
        await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });
        var userId = app.World.Users["Mailbox"].Id;
        var admin = await app.ClientAsync("admin");

        await app.Factory.Services.GetRequiredService<OutboxRelay>().RunOnceAsync(CancellationToken.None);
        var page = await admin.GetStringAsync("/Dev/Mailbox?culture=en");
        var forCoach = await coach.GetAsync("/Dev/Mailbox");

        var row = await app.QueryAsync(db => db.Outbox.SingleAsync(m => m.RecipientUserId == userId));
        Assert.NotNull(row.SentAt);
        Assert.StartsWith(DevMailboxSender.Prefix, row.ProviderMessageId, StringComparison.Ordinal);
        Assert.Contains(row.RecipientEmail, page, StringComparison.Ordinal);
        Assert.Contains("Något nytt väntar på dig i Marketplace. Logga in för att se det:", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forCoach.StatusCode);
    }

    [ProviderFact]
    public async Task EmailPreference_OffOnPage_NextChangeNotifiedWithoutEmail_OnAgainEmails(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var (coach, me, entry) = await OnShortlistAsync(app, "Preference");
        var userId = app.World.Users["Preference"].Id;
        Task<int> Mails() => app.QueryAsync(db => db.Outbox.CountAsync(m => m.RecipientUserId == userId));
        Task<int> Notices() => app.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == userId));

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
