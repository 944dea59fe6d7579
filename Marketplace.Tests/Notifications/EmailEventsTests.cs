using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Notifications;

/// <summary>SendGrid's Signed Event Webhook: posts signed with the fixture's P-256 key exactly as
/// SendGrid signs (ECDSA/SHA-256 over the timestamp text then the raw body, DER, base64).</summary>
[Collection(nameof(OutboxCollection))]
public sealed class EmailEventsTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string Url = "/api/email/events";

    private string Now() => fixture.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    internal static string Sign(ECDsa key, string timestamp, byte[] body) =>
        Convert.ToBase64String(key.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    private async Task<HttpResponseMessage> PostAsync(string json, string? timestamp = null, ECDsa? key = null, Func<byte[], byte[]>? tamper = null, bool signed = true)
    {
        var client = fixture.Factory.CreateClient();
        timestamp ??= Now();
        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new ByteArrayContent(tamper?.Invoke(body) ?? body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signed)
        {
            request.Headers.Add(EventWebhookSignature.SignatureHeader, Sign(key ?? fixture.WebhookKey, timestamp, body));
            request.Headers.Add(EventWebhookSignature.TimestampHeader, timestamp);
        }
        return await client.SendAsync(request);
    }

    /// <summary>A row that really went through the relay, so its events have something to tie to.</summary>
    private async Task<long> SentRowAsync(string key)
    {
        var coach = await fixture.ClientAsync("coachA");
        var candidate = await fixture.World.AddCandidateWithLoginAsync(fixture.Factory, key);
        var entry = await coach.ShortlistAsync(fixture.World.PlacementE1.Id, candidate.Id);
        (await coach.PostAsJsonAsync($"/api/shortlist-entries/{entry.Id}/status", new { status = "Contacted", version = entry.Version })).EnsureSuccessStatusCode();
        await fixture.RelayAsync();
        var userId = fixture.World.Users[key].Id;
        return await fixture.QueryAsync(db => db.Outbox.Where(m => m.RecipientUserId == userId && m.SentAt != null).Select(m => m.Id).SingleAsync());
    }

    private static string Events(long outboxId, params (string Id, string Event, long At)[] events) =>
        "[" + string.Join(",", events.Select(e =>
            $$"""{"email":"someone@example.se","timestamp":{{e.At}},"event":"{{e.Event}}","sg_event_id":"{{e.Id}}","sg_message_id":"sg-1.filter","outbox_id":"{{outboxId}}"}""")) + "]";

    private long At(int secondsAgo) => fixture.Clock.GetUtcNow().ToUnixTimeSeconds() - secondsAgo;

    [Fact]
    public async Task Post_ValidSignature_EventsStoredAndTiedToOutboxRow()
    {
        var row = await SentRowAsync("HookValid");
        var prefix = Guid.NewGuid().ToString("N");

        var response = await PostAsync(Events(row, ($"{prefix}-1", "processed", At(20)), ($"{prefix}-2", "delivered", At(10))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await fixture.QueryAsync(db => db.EmailEvents.Where(e => e.OutboxMessageId == row).OrderBy(e => e.OccurredAt).ToListAsync());
        Assert.Equal(["processed", "delivered"], stored.Select(e => e.Event));
        Assert.Equal($"{prefix}-2", stored[1].ProviderEventId);
        var after = await fixture.RowAsync(row);
        Assert.Equal("delivered", after.LastEvent);
        var admin = await fixture.ClientAsync("admin");
        var mailbox = await admin.GetStringAsync("/Dev/Mailbox?culture=en");
        Assert.Matches($"#{row} [^<]*<span class=\"delivery\">Sent [^<]*· SendGrid reports: delivered</span>", mailbox);
    }

    [Fact]
    public async Task Post_SameEventIdTwice_StoredOnceBothAnswered200()
    {
        var row = await SentRowAsync("HookDup");
        var id = Guid.NewGuid().ToString("N");
        var json = Events(row, (id, "delivered", At(5)), (id, "delivered", At(5)));

        var first = await PostAsync(json);
        var again = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await fixture.QueryAsync(db => db.EmailEvents.CountAsync(e => e.ProviderEventId == id)));
    }

    [Fact]
    public async Task Post_TamperedBody_Forbidden_NothingStored()
    {
        var row = await SentRowAsync("HookTamper");
        var id = Guid.NewGuid().ToString("N");

        var response = await PostAsync(Events(row, (id, "delivered", At(5))), tamper: b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("delivered", "bounce", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await fixture.QueryAsync(db => db.EmailEvents.AnyAsync(e => e.ProviderEventId == id)));
    }

    [Fact]
    public async Task Post_SignedWithAnotherKey_Forbidden()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var id = Guid.NewGuid().ToString("N");

        var response = await PostAsync(Events(1, (id, "delivered", At(5))), key: other);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await fixture.QueryAsync(db => db.EmailEvents.AnyAsync(e => e.ProviderEventId == id)));
    }

    [Fact]
    public async Task Post_NoSignature_Unauthorized()
    {
        var response = await PostAsync(Events(1, (Guid.NewGuid().ToString("N"), "delivered", At(5))), signed: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidSignatureStaleTimestamp_Forbidden_FreshOneAccepted()
    {
        var tolerance = new EmailOptions().WebhookToleranceSeconds;
        var json = Events(1, (Guid.NewGuid().ToString("N"), "delivered", At(5)));
        var stale = (fixture.Clock.GetUtcNow().ToUnixTimeSeconds() - tolerance - 1).ToString(CultureInfo.InvariantCulture);
        var edge = (fixture.Clock.GetUtcNow().ToUnixTimeSeconds() - tolerance + 1).ToString(CultureInfo.InvariantCulture);

        var old = await PostAsync(json, timestamp: stale);
        var fresh = await PostAsync(json, timestamp: edge);

        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Post_SignedButNotJsonArray_BadRequestWithFieldError()
    {
        var broken = await PostAsync("{not json");
        var missingId = await PostAsync("""[{"event":"delivered","timestamp":1}]""");

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("\"body\"", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missingId.StatusCode);
        Assert.Contains("[0].sg_event_id", await missingId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
