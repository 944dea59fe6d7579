using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Notifications;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Api;
using Marketplace.Web.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Foundation;

/// <summary>Every status the contract at /openapi/v1.json declares for an /api operation is one a
/// client can really get: <see cref="OpenApiStatusProbes"/> holds one request per declared
/// (method, path, status), and this runs them all against the application. It fails when a
/// declared status has no probe, when a probe's answer is another status, and when a probe names a
/// status the document does not declare.</summary>
public sealed class OpenApiStatusProbeTests(ProbeFixture fixture) : IClassFixture<ProbeFixture>
{
    [Fact]
    public async Task Document_EveryDeclaredStatusIsProduced()
    {
        var declared = await DeclaredAsync();
        var probes = OpenApiStatusProbes.All;
        var failures = new List<string>();

        foreach (var twice in probes.GroupBy(p => p.Key).Where(g => g.Count() > 1))
        {
            failures.Add($"{twice.Key}: {twice.Count()} probes; keep one");
        }
        foreach (var probe in probes.Where(p => !declared.Contains(p.Key)))
        {
            failures.Add($"{probe.Key}: probed, but the document does not declare it");
        }
        foreach (var key in declared.Where(k => !probes.Any(p => p.Key == k)))
        {
            failures.Add($"{key}: declared, but no probe produces it");
        }
        foreach (var probe in probes.Where(p => declared.Contains(p.Key)))
        {
            if (await RunAsync(probe) is { } failure)
            {
                failures.Add($"{probe.Key}: {failure}");
            }
        }

        Assert.True(declared.Count > 100, $"only {declared.Count} statuses declared");
        Assert.True(failures.Count == 0, $"{failures.Count} of {declared.Count} declared statuses:\n" + string.Join("\n", failures));
    }

    /// <summary>"POST /api/candidates 201" for every status of every /api operation.</summary>
    private async Task<HashSet<string>> DeclaredAsync()
    {
        using var document = JsonDocument.Parse(await fixture.Factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().SelectMany(op => op.Value.GetProperty("responses").EnumerateObject()
                .Select(status => $"{op.Name.ToUpperInvariant()} {path.Name} {status.Name}")))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Runs one probe; null when it answered its status, else what went wrong.</summary>
    private async Task<string?> RunAsync(Probe probe)
    {
        var call = await probe.Call(fixture);
        var (method, template) = probe.Parts;
        var path = call.Url.Split('?')[0];
        if (!Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(template), @"\\\{\w+}", "[^/]+") + "$"))
        {
            return $"{call.Url} is not {template}";
        }
        var client = call.Client ?? (probe.User is { } user ? await fixture.ClientAsync(user) : fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: false)));
        using var request = new HttpRequestMessage(new HttpMethod(method), call.Url)
        {
            Content = call.Content ?? (call.Json is null ? null : JsonContent.Create(call.Json)),
        };
        foreach (var (name, value) in call.Headers)
        {
            request.Headers.Add(name, value);
        }
        fixture.Race.Armed = call.Race;
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (call.Race && fixture.Race.Armed)
            {
                return "no versioned row was saved, so nothing raced";
            }
            return (int)response.StatusCode == probe.Status ? null
                : $"{probe.User ?? "anonymous"} {method} {call.Url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}";
        }
        finally
        {
            fixture.Race.Armed = false;
            call.Restore?.Invoke();
        }
    }
}

/// <summary>One declared status of one operation, and a request that must come to exactly it.</summary>
/// <param name="Operation">Method and path as the document has them: "GET /api/candidates/{id}".</param>
/// <param name="User">Who signs in (a key of <see cref="TestWorld.Users"/>); null for nobody.</param>
/// <param name="Call">The concrete request, made from the world; some first arrange rows of their own.</param>
public sealed record Probe(string Operation, int Status, string? User, Func<ProbeFixture, Task<Call>> Call)
{
    public string Key => $"{Operation} {Status}";

    /// <summary>"GET" and "/api/candidates/{id}".</summary>
    public (string Method, string Path) Parts => Operation.Split(' ') is [var method, var path] ? (method, path) : throw new FormatException(Operation);

    public override string ToString() => Key;
}

/// <summary>A concrete request: the URL and a JSON body, or raw <see cref="Content"/> with
/// <see cref="Headers"/> (the signed webhook).</summary>
public sealed record Call(string Url, object? Json = null)
{
    public HttpContent? Content { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    /// <summary>Another writer saves the row between this request's read and its save.</summary>
    public bool Race { get; init; }
    /// <summary>A client of the probe's own (one that signs out must not be the shared one).</summary>
    public HttpClient? Client { get; init; }
    /// <summary>Puts back what the probe changed for itself.</summary>
    public Action? Restore { get; init; }
}

/// <summary>The world, a webhook key, a race to arm, and the accounts only some statuses need; its
/// own database, so the writing probes change nobody else's data. Each arrange helper makes rows
/// of its own, so probes do not depend on each other's order.</summary>
public sealed class ProbeFixture : WorldFixture, IAsyncLifetime
{
    private int _serial;

    public RaceOnNextSave Race { get; } = new();
    public ECDsa WebhookKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    public new Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => ((ClockedFactory)Factory).Clock;

    protected override MarketplaceFactory CreateFactory(TestDatabase database) => new ClockedFactory(database, new Dictionary<string, string?>
    {
        ["Email:WebhookPublicKey"] = Convert.ToBase64String(WebhookKey.ExportSubjectPublicKeyInfo()),
    }, services => services.ConfigureDbContext<SqliteMarketplaceDbContext>(o => o.AddInterceptors(Race)));

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await World.AddLoginAsync(Factory, "coachWithoutUnit", Roles.Coach, _ => { });
        await World.AddLoginAsync(Factory, "adminWithoutUnit", Roles.Admin, _ => { });
        await World.AddLoginAsync(Factory, "candidateWithoutProfile", Roles.Candidate, _ => { });
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        WebhookKey.Dispose();
    }

    /// <summary>A number no other arranged row has, for names and e-mail addresses.</summary>
    public int Next() => Interlocked.Increment(ref _serial);

    public async Task<T> WriteAsync<T>(Func<MarketplaceDbContext, T> add)
        where T : class
    {
        await using var scope = Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var row = add(db);
        await db.SaveChangesAsync();
        return row;
    }

    /// <summary>A candidate of unit A nobody has shortlisted.</summary>
    public Task<Candidate> CandidateAsync() =>
        WriteAsync(db => db.Candidates.Add(CandidateBuilder.Valid(Clock, World.UnitA.Id, "Probe", $"P{Next()}").Build()).Entity);

    /// <summary>A fresh candidate on placement E1's shortlist, as coach A sees the entry.</summary>
    public async Task<ShortlistEntryDto> EntryAsync(int? candidateId = null) =>
        await (await ClientAsync("coachA")).ShortlistAsync(World.PlacementE1.Id, candidateId ?? (await CandidateAsync()).Id);

    /// <summary>A waiting consent request for a fresh entry.</summary>
    public async Task<ConsentDto> ConsentAsync(int? candidateId = null) =>
        await (await ClientAsync("coachA")).RequestConsentAsync((await EntryAsync(candidateId)).Id);

    /// <summary>A waiting consent request to a fresh candidate who signs in as <paramref name="key"/>.</summary>
    public async Task<ConsentDto> ConsentToLoginAsync(string key) => await ConsentAsync((await World.AddCandidateWithLoginAsync(Factory, key)).Id);

    /// <summary>A fresh entry presented to employer 1 (a consent request was sent), as employer 1 sees it.</summary>
    public async Task<ShortlistEntryDto> PresentedAsync()
    {
        var consent = await ConsentAsync();
        return (await (await ClientAsync("employer1")).GetFromJsonAsync<ShortlistEntryDto>($"/api/shortlist-entries/{consent.ShortlistEntryId}"))!;
    }

    /// <summary>An employer whose relationship <paramref name="holder"/> holds (nobody: null).</summary>
    public Task<EmployerOrganisation> EmployerAsync(string? holder) => WriteAsync(db => db.Employers.Add(new EmployerOrganisation
    {
        Name = $"Probe {Next()} AB", OrganisationNumber = $"559{Next():000}-0000", CreatedAt = Now,
        RelationshipCoachId = holder is null ? null : World.Users[holder].Id,
    }).Entity);

    public async Task<T> CreatedAsync<T>(string user, string url, object body)
    {
        var response = await (await ClientAsync(user)).PostAsJsonAsync(url, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public async Task<PlacementDto> DraftPlacementAsync() => await CreatedAsync<PlacementDto>("employer1", "/api/placements", await RequestBodies.PlacementAsync(Factory));

    public Task<MeetingDto> DraftMeetingAsync() => CreatedAsync<MeetingDto>("coachA", "/api/meetings", MeetingClient.Request(Now, World.Employer1.Id));

    public Task<OutcomeDto> OutcomeAsync() => CreatedAsync<OutcomeDto>("coachA", $"/api/candidates/{World.CandidateA.Id}/outcomes", Outcome());

    public object Outcome(string? startDate = null, Guid? version = null) =>
        new { kind = "Studies", startDate = startDate ?? DateOnly.FromDateTime(Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), version };

    /// <summary>Unit A's meeting with employer 1, starting <paramref name="startsIn"/> from now (answers
    /// close two days before), candidate A invited; their invitation's id.</summary>
    public async Task<int> InvitationAsync(MeetingStatus status, TimeSpan startsIn)
    {
        var meeting = await WriteAsync(db => db.Meetings.Add(MeetingBuilder.Valid(World.UnitA.Id, World.Employer1.Id, status, Now, startsIn, World.CandidateA.Id)).Entity);
        return meeting.Invitations.Single().Id;
    }

    public Task<Notification> NotificationAsync(string user) =>
        WriteAsync(db => db.Notifications.Add(new Notification { UserId = World.Users[user].Id, Kind = "Probe", CreatedAt = Now }).Entity);

    /// <summary>A webhook post signed now, with the fixture's key unless told otherwise.</summary>
    public Call SignedEvents(string json, ECDsa? key = null)
    {
        var timestamp = Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(json);
        return new Call("/api/email/events")
        {
            Content = Json(body),
            Headers = new Dictionary<string, string>
            {
                [EventWebhookSignature.SignatureHeader] = EmailEventsTests.Sign(key ?? WebhookKey, timestamp, body),
                [EventWebhookSignature.TimestampHeader] = timestamp,
            },
        };
    }

    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return content;
    }

    /// <summary>The webhook as on a site where no verification key is configured; the call puts the key back.</summary>
    public Action WithoutWebhookKey()
    {
        var options = Factory.Services.GetRequiredService<IOptions<EmailOptions>>().Value;
        var key = options.WebhookPublicKey;
        options.WebhookPublicKey = null;
        return () => options.WebhookPublicKey = key;
    }
}

/// <summary>When armed, the next save that writes a versioned row fails as if another request had
/// saved that row after this one read it: the version it read is no longer the row's. A real
/// race, without the timing.</summary>
public sealed class RaceOnNextSave : SaveChangesInterceptor
{
    public bool Armed { get; set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Armed && eventData.Context!.ChangeTracker.Entries()
                .FirstOrDefault(e => e.State == EntityState.Modified && e.Metadata.FindProperty("Version")?.IsConcurrencyToken == true) is { } row)
        {
            Armed = false;
            row.Property("Version").OriginalValue = Guid.NewGuid();
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
