using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Email;
using Marketplace.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Notifications;

/// <summary>Alone, not beside other classes: the loopback app is a second host in the process, and
/// it should not be built while a WebApplicationFactory is listening for its own host.</summary>
[CollectionDefinition(nameof(OutboxCollection), DisableParallelization = true)]
public sealed class OutboxCollection;

/// <summary>The application with SendGrid pointed at a loopback fixture.</summary>
public sealed class OutboxFixture : WorldFixture, IAsyncLifetime
{
    public const string Key = "SG.test-key";

    public LoopbackMail Mail { get; private set; } = null!;

    protected override MarketplaceFactory CreateFactory() => new(TestDatabase.Sqlite(), new Dictionary<string, string?>
    {
        ["Email:SendGridApiKey"] = Key,
        ["Email:SendGridBaseAddress"] = Mail.BaseAddress.ToString(),
        ["Email:From"] = "no-reply@test.se",
    });

    public new async Task InitializeAsync()
    {
        Mail = await LoopbackMail.StartAsync();
        await base.InitializeAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }

    public Task<int> RelayAsync() => Factory.Services.GetRequiredService<OutboxRelay>().RunOnceAsync(CancellationToken.None);
}

/// <summary>E-mail notifications: an outbox row in the same save as the change, saying only "log
/// in to see" in the recipient's language, sent at least once with retries that honour Retry-After.</summary>
[Collection(nameof(OutboxCollection))]
public sealed class OutboxTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private async Task<(OutboxMessage Row, Candidate Candidate)> StatusChangeAsync(string key, string language = "sv", bool email = true)
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, key);
        await using (var scope = fixture.Factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            var user = await db.Users.SingleAsync(u => u.CandidateId == candidate.Id);
            user.PreferredLanguage = language;
            user.EmailNotifications = email;
            await db.SaveChangesAsync();
        }
        var entry = await coach.ShortlistAsync(fixture.World.PlacementE1.Id, candidate.Id);
        var moved = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var userId = fixture.World.Users[key].Id;
        var row = await fixture.QueryAsync(db => db.Outbox.Where(m => m.RecipientUserId == userId).OrderBy(m => m.Id).LastOrDefaultAsync());
        return (row!, candidate);
    }

    [Fact]
    public async Task StatusChange_EmailOn_OutboxRowInRecipientsLanguageWithoutDetails()
    {
        var (row, _) = await StatusChangeAsync("MailEn", "en");

        Assert.NotNull(row);
        Assert.Equal("en", row.Language);
        Assert.Equal(NotificationKinds.ShortlistStatus, row.Kind);
        Assert.Null(row.Payload);
        Assert.Null(row.SentAt);
    }

    [Fact]
    public async Task StatusChange_EmailOff_NoOutboxRow()
    {
        var (row, _) = await StatusChangeAsync("MailOff", email: false);

        Assert.Null(row);
    }

    [Fact]
    public async Task Relay_SendGridAccepts_PostsLogInToSeeWithOutboxIdAndMarksSent()
    {
        var (row, candidate) = await StatusChangeAsync("MailSent");
        fixture.Mail.Requests.Clear();

        await fixture.RelayAsync();

        var request = Assert.Single(fixture.Mail.Requests, r => r.Body.Contains($"\"outbox_id\":\"{row.Id}\"", StringComparison.Ordinal));
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal($"Bearer {OutboxFixture.Key}", request.Authorization);
        using var json = JsonDocument.Parse(request.Body);
        var text = json.RootElement.GetProperty("content")[0].GetProperty("value").GetString();
        Assert.StartsWith("Något nytt väntar på dig i Marketplace. Logga in för att se det:", text, StringComparison.Ordinal);
        Assert.Contains(row.RecipientEmail, request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(candidate.LastName, request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.World.PlacementE1.Title, request.Body, StringComparison.Ordinal);
        var after = await fixture.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == row.Id));
        Assert.NotNull(after.SentAt);
        Assert.StartsWith("sg-", after.ProviderMessageId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "شيء جديد في Marketplace", "هناك شيء جديد بانتظارك في Marketplace. سجّل الدخول لتراه:")]
    [InlineData("uk", "Щось нове в Marketplace", "У Marketplace на вас чекає щось нове. Увійдіть, щоб побачити:")]
    [InlineData("en", "Something new in Marketplace", "Something new is waiting for you in Marketplace. Log in to see it:")]
    public async Task Relay_RecipientLanguage_MailWrittenInThatLanguage(string language, string subject, string body)
    {
        var (row, _) = await StatusChangeAsync($"Language{language}", language);
        fixture.Mail.Requests.Clear();

        await fixture.RelayAsync();

        var request = Assert.Single(fixture.Mail.Requests, r => r.Body.Contains($"\"outbox_id\":\"{row.Id}\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal(subject, json.RootElement.GetProperty("subject").GetString());
        Assert.StartsWith(body, json.RootElement.GetProperty("content")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("uk", "ltr")]
    [InlineData("xx", "ltr")]
    public void Direction_Language_ArabicRightToLeft(string language, string direction) => Assert.Equal(direction, EmailText.Direction(language));

    [Fact]
    public async Task Relay_TooManyRequestsWithRetryAfter_NotSentAndWaitsAtLeastThatLong()
    {
        await fixture.RelayAsync(); // nothing else due, so the scripted answer meets this row
        var (row, _) = await StatusChangeAsync("MailLimited");
        fixture.Mail.Answer(StatusCodes429, retryAfter: "600");
        var before = DateTime.UtcNow;

        var sent = await fixture.RelayAsync();
        var again = await fixture.RelayAsync();

        Assert.Equal(0, sent);
        Assert.Equal(0, again); // not due yet: no second request
        var after = await fixture.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == row.Id));
        Assert.Null(after.SentAt);
        Assert.Equal(1, after.Attempts);
        Assert.True(after.NextAttemptAt >= before.AddSeconds(600), $"next attempt {after.NextAttemptAt:O} is sooner than Retry-After");
    }

    [Fact]
    public void Wait_RetryAfterLongerThanBackoff_RetryAfterWins_OtherwiseBackoffDoubles()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxRelay.Wait(1, null));
        Assert.Equal(TimeSpan.FromSeconds(8), OutboxRelay.Wait(3, TimeSpan.FromSeconds(1)));
        Assert.Equal(TimeSpan.FromSeconds(90), OutboxRelay.Wait(3, TimeSpan.FromSeconds(90)));
        Assert.Equal(TimeSpan.FromHours(1), OutboxRelay.Wait(30, null));
    }

    private const int StatusCodes429 = 429;
}
