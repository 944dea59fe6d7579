using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Email;
using Marketplace.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Notifications;

/// <summary>Alone, not beside other classes: the loopback app is a second host in the process, and
/// it should not be built while a WebApplicationFactory is listening for its own host.</summary>
[CollectionDefinition(nameof(OutboxCollection), DisableParallelization = true)]
public sealed class OutboxCollection;

/// <summary>The application with SendGrid pointed at a loopback fixture, a clock the tests move,
/// and a way to make the relay die between the provider's answer and saving it.</summary>
public sealed class OutboxFixture : WorldFixture, IAsyncLifetime
{
    public const string Key = "SG.test-key";

    public LoopbackMail Mail { get; private set; } = null!;
    public CrashOnMarkingSent Crash { get; } = new();
    /// <summary>The webhook's signing key, made here as SendGrid makes its own.</summary>
    public ECDsa WebhookKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    public new Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => ((ClockedFactory)Factory).Clock;

    protected override MarketplaceFactory CreateFactory(TestDatabase database) => new ClockedFactory(database, new Dictionary<string, string?>
    {
        ["Email:SendGridApiKey"] = Key,
        ["Email:SendGridBaseAddress"] = Mail.BaseAddress.ToString(),
        ["Email:From"] = "no-reply@test.se",
        ["Email:WebhookPublicKey"] = Convert.ToBase64String(WebhookKey.ExportSubjectPublicKeyInfo()),
    }, services => services.ConfigureDbContext<SqliteMarketplaceDbContext>(o => o.AddInterceptors(Crash)));

    /// <summary>The clock moves by hours here; a reused sign-in cookie would expire.</summary>
    protected override bool ReuseClients => false;

    public new async Task InitializeAsync()
    {
        Mail = await LoopbackMail.StartAsync();
        await base.InitializeAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        WebhookKey.Dispose();
    }

    public Task<int> RelayAsync() => Factory.Services.GetRequiredService<OutboxRelay>().RunOnceAsync(CancellationToken.None);

    /// <summary>A relay as a freshly started process would have it: nothing carried over in memory.</summary>
    public OutboxRelay RestartedRelay(bool enabled = false)
    {
        var options = Factory.Services.GetRequiredService<IOptions<EmailOptions>>().Value;
        var copy = new EmailOptions
        {
            SendGridApiKey = options.SendGridApiKey,
            SendGridBaseAddress = options.SendGridBaseAddress,
            From = options.From,
            RelayEnabled = enabled,
            RelayIntervalSeconds = options.RelayIntervalSeconds,
            ClaimTimeoutSeconds = options.ClaimTimeoutSeconds,
        };
        return ActivatorUtilities.CreateInstance<OutboxRelay>(Factory.Services, Options.Create(copy));
    }

    public Task<OutboxMessage> RowAsync(long id) => this.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == id));

    /// <summary>Requests the fixture received for one outbox row.</summary>
    public int RequestsFor(long outboxId) => Mail.Requests.Count(r => r.Body.Contains($"\"outbox_id\":\"{outboxId}\"", StringComparison.Ordinal));
}

/// <summary>Fails the save that would mark one outbox row sent, as if the process died after the
/// provider accepted the message and before the database heard of it.</summary>
public sealed class CrashOnMarkingSent : SaveChangesInterceptor
{
    public long? Armed { get; set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Armed is { } id && eventData.Context!.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.Id == id && e.Entity.SentAt != null && e.State == EntityState.Modified))
        {
            throw new SimulatedCrashException();
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}

public sealed class SimulatedCrashException() : Exception("Simulated crash between the provider's answer and saving it.");

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
        var before = fixture.Clock.GetUtcNow().UtcDateTime;

        var sent = await fixture.RelayAsync();
        var again = await fixture.RelayAsync();
        var waiting = await fixture.RowAsync(row.Id);
        fixture.Clock.Advance(TimeSpan.FromSeconds(599));
        var early = await fixture.RelayAsync();
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var late = await fixture.RelayAsync();

        Assert.Equal(0, sent);
        Assert.Equal(0, again); // not due yet: no second request
        Assert.Null(waiting.SentAt);
        Assert.Null(waiting.AttemptStartedAt); // the answer was saved: the claim is released
        Assert.Equal(1, waiting.Attempts);
        Assert.True(waiting.NextAttemptAt >= before.AddSeconds(600), $"next attempt {waiting.NextAttemptAt:O} is sooner than Retry-After");
        Assert.Equal(0, early);
        Assert.Equal(1, late);
        Assert.Equal(2, fixture.RequestsFor(row.Id));
        Assert.NotNull((await fixture.RowAsync(row.Id)).SentAt);
    }

    [Fact]
    public async Task Relay_ServerError_RetriedAfterBackoffThenSent()
    {
        await fixture.RelayAsync();
        var (row, _) = await StatusChangeAsync("Mail503");
        fixture.Mail.Answer(503);

        var first = await fixture.RelayAsync();
        var failed = await fixture.RowAsync(row.Id);
        fixture.Clock.Advance(OutboxRelay.Wait(1, null));
        var second = await fixture.RelayAsync();

        Assert.Equal(0, first);
        Assert.Null(failed.SentAt);
        Assert.Null(failed.GaveUp);
        Assert.Equal(1, second);
        var sent = await fixture.RowAsync(row.Id);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(2, fixture.RequestsFor(row.Id));
    }

    [Fact]
    public async Task Relay_BadRequest_GivenUpAsRejectedNotRetried()
    {
        await fixture.RelayAsync();
        var (row, _) = await StatusChangeAsync("Mail400");
        fixture.Mail.Answer(400);

        await fixture.RelayAsync();
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await fixture.RelayAsync();

        var after = await fixture.RowAsync(row.Id);
        Assert.Equal(OutboxGiveUp.Rejected, after.GaveUp);
        Assert.Null(after.NextAttemptAt);
        Assert.Equal(1, fixture.RequestsFor(row.Id));
    }

    [Fact]
    public async Task Restart_AfterRowAccepted_NothingSentAgain()
    {
        var (row, _) = await StatusChangeAsync("MailOnce");
        await fixture.RelayAsync();
        var accepted = await fixture.RowAsync(row.Id);

        var restarted = fixture.RestartedRelay();
        await restarted.RunOnceAsync(CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromHours(2)); // past any claim timeout and backoff
        await restarted.RunOnceAsync(CancellationToken.None);

        Assert.NotNull(accepted.SentAt);
        Assert.Null(accepted.AttemptStartedAt);
        Assert.Equal(1, fixture.RequestsFor(row.Id));
        Assert.Equal(0, (await fixture.RowAsync(row.Id)).UncertainSends);
    }

    [Fact]
    public async Task Crash_BetweenAcceptAndMarkingSent_ResentOnceUnderSameOutboxId()
    {
        var (row, _) = await StatusChangeAsync("MailCrash");
        fixture.Crash.Armed = row.Id;
        try
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(fixture.RelayAsync);
        }
        finally
        {
            fixture.Crash.Armed = null;
        }
        var crashed = await fixture.RowAsync(row.Id);

        var restarted = fixture.RestartedRelay();
        await restarted.RunOnceAsync(CancellationToken.None); // the claim may still be live: wait
        var beforeTimeout = fixture.RequestsFor(row.Id);
        fixture.Clock.Advance(TimeSpan.FromSeconds(new EmailOptions().ClaimTimeoutSeconds));
        await restarted.RunOnceAsync(CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await fixture.RestartedRelay().RunOnceAsync(CancellationToken.None);

        Assert.Null(crashed.SentAt);
        Assert.NotNull(crashed.AttemptStartedAt); // claimed before the provider was called
        Assert.Equal(1, beforeTimeout);
        Assert.Equal(2, fixture.RequestsFor(row.Id));
        var after = await fixture.RowAsync(row.Id);
        Assert.NotNull(after.SentAt);
        Assert.Equal(1, after.UncertainSends);
        Assert.Null(after.AttemptStartedAt);
    }

    [Fact]
    public async Task Crash_TwiceBetweenAcceptAndMarkingSent_GivenUpNeverSentAThirdTime()
    {
        var (row, _) = await StatusChangeAsync("MailCrash2");
        var timeout = TimeSpan.FromSeconds(new EmailOptions().ClaimTimeoutSeconds);
        fixture.Crash.Armed = row.Id;
        try
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(fixture.RelayAsync);
            fixture.Clock.Advance(timeout);
            await Assert.ThrowsAsync<SimulatedCrashException>(() => fixture.RestartedRelay().RunOnceAsync(CancellationToken.None));
        }
        finally
        {
            fixture.Crash.Armed = null;
        }

        for (var restart = 0; restart < 3; restart++)
        {
            fixture.Clock.Advance(TimeSpan.FromHours(2));
            await fixture.RestartedRelay().RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(2, fixture.RequestsFor(row.Id));
        var after = await fixture.RowAsync(row.Id);
        Assert.Null(after.SentAt);
        Assert.Equal(OutboxGiveUp.OutcomeUnknown, after.GaveUp);
        Assert.Null(after.NextAttemptAt);
        Assert.Equal(1, after.UncertainSends);
    }

    [Fact]
    public async Task Stop_WhileSending_MessageInHandFinishedRestNotClaimed_RestartSendsEachOnce()
    {
        var rows = new List<OutboxMessage>();
        foreach (var key in new[] { "MailStopA", "MailStopB", "MailStopC" })
        {
            rows.Add((await StatusChangeAsync(key)).Row);
        }
        var hold = fixture.Mail.HoldRequest($"\"outbox_id\":\"{rows[0].Id}\"");
        var relay = fixture.RestartedRelay(enabled: true);

        await relay.StartAsync(CancellationToken.None);
        await hold.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var stopping = relay.StopAsync(CancellationToken.None);
        hold.Released.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(15));
        var afterStop = new List<OutboxMessage>();
        foreach (var r in rows)
        {
            afterStop.Add(await fixture.RowAsync(r.Id));
        }
        await fixture.RestartedRelay().RunOnceAsync(CancellationToken.None);

        Assert.NotNull(afterStop[0].SentAt); // the answer in flight was waited for and saved
        Assert.All(afterStop.Skip(1), r => Assert.True(r.SentAt is null && r.AttemptStartedAt is null && r.Attempts == 0));
        foreach (var r in rows)
        {
            Assert.Equal(1, fixture.RequestsFor(r.Id));
            Assert.NotNull((await fixture.RowAsync(r.Id)).SentAt);
        }
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
