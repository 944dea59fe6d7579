using System.Globalization;
using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Api;

namespace Marketplace.Tests.Foundation;

/// <summary>For each (method, path, status) that /openapi/v1.json declares, the one request that
/// produces it (run by <see cref="OpenApiStatusProbeTests"/>). A new endpoint or a new status in
/// the contract needs a line here; a status no request can produce should not be in the contract.
/// <see cref="Stale"/> stands for a version nobody holds.</summary>
public static class OpenApiStatusProbes
{
    private static Guid Stale => Guid.NewGuid();

    private static string Day(ProbeFixture f, int days) => DateOnly.FromDateTime(f.Now).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A request made from the world alone.</summary>
    private static Probe P(string operation, int status, string? user, Func<TestWorld, string> url, Func<TestWorld, object>? json = null) =>
        new(operation, status, user, f => Task.FromResult(new Call(url(f.World), json?.Invoke(f.World))));

    /// <summary>A request that first arranges rows of its own.</summary>
    private static Probe A(string operation, int status, string? user, Func<ProbeFixture, Task<Call>> call) => new(operation, status, user, call);

    private static Probe A(string operation, int status, string? user, Func<ProbeFixture, Call> call) =>
        new(operation, status, user, f => Task.FromResult(call(f)));

    public static IReadOnlyList<Probe> All { get; } =
    [
        // Auth
        P("POST /api/auth/login", 204, null, _ => "/api/auth/login", _ => new { email = "coach.a@test.se", password = TestWorld.Password }),
        P("POST /api/auth/login", 400, null, _ => "/api/auth/login", _ => new { email = "not-an-e-mail", password = "x" }),
        P("POST /api/auth/login", 401, null, _ => "/api/auth/login", _ => new { email = "nobody@test.se", password = "wrong password!!" }),
        A("POST /api/auth/logout", 204, null, async f => new Call("/api/auth/logout") { Client = await f.World.ClientAsync(f.Factory, "coachA") }),
        P("GET /api/me", 200, "coachA", _ => "/api/me"),
        A("POST /api/auth/users/{userId}/end-sessions", 204, "admin", async f =>
            new Call($"/api/auth/users/{(await f.World.AddLoginAsync(f.Factory, "sessionEnded", Roles.Coach, u => u.UnitId = f.World.UnitA.Id)).Id}/end-sessions")),
        P("POST /api/auth/users/{userId}/end-sessions", 404, "admin", w => $"/api/auth/users/{w.Users["coachC"].Id}/end-sessions"),

        // Email events (SendGrid's signed webhook)
        A("POST /api/email/events", 200, null, f => f.SignedEvents($$"""[{"sg_event_id":"probe-1","event":"delivered","timestamp":{{f.Clock.GetUtcNow().ToUnixTimeSeconds()}}}]""")),
        A("POST /api/email/events", 400, null, f => f.SignedEvents("{}")),
        A("POST /api/email/events", 401, null, _ => new Call("/api/email/events") { Content = ProbeFixture.Json("[]"u8.ToArray()) }),
        A("POST /api/email/events", 403, null, f => f.SignedEvents("[]") with { Content = ProbeFixture.Json("[ ]"u8.ToArray()) }),
        A("POST /api/email/events", 404, null, f => f.SignedEvents("[]") with { Restore = f.WithoutWebhookKey() }),
        A("POST /api/email/events", 413, null, _ => new Call("/api/email/events") { Content = ProbeFixture.Json(new byte[EmailEventsApi.MaxBody + 1]) }),

        // Employers
        P("POST /api/employers/register", 201, null, _ => "/api/employers/register", _ => Registration("559900-1236", "rut@probe.se")),
        P("POST /api/employers/register", 400, null, _ => "/api/employers/register", w => Registration(w.Employer1.OrganisationNumber, "ruth@probe.se")),
        P("GET /api/employers", 200, "coachA", _ => "/api/employers"),
        P("POST /api/employers", 201, "coachA", _ => "/api/employers", _ => new { name = "Probe Coach AB", organisationNumber = "559900-1244" }),
        P("POST /api/employers", 400, "coachA", _ => "/api/employers", w => new { name = "Probe Twice AB", organisationNumber = w.Employer1.OrganisationNumber }),
        P("GET /api/employers/{id}", 200, "coachA", w => $"/api/employers/{w.Employer2.Id}"),
        P("GET /api/employers/{id}", 404, "candidateA", w => $"/api/employers/{w.Employer1.Id}"),
        P("GET /api/employers/{id}/users", 200, "employer1", w => $"/api/employers/{w.Employer1.Id}/users"),
        P("GET /api/employers/{id}/users", 404, "employer1", w => $"/api/employers/{w.Employer2.Id}/users"),
        P("POST /api/employers/{id}/users", 201, "employer1", w => $"/api/employers/{w.Employer1.Id}/users", _ => Colleague("kollega@probe.se")),
        P("POST /api/employers/{id}/users", 400, "employer1", w => $"/api/employers/{w.Employer1.Id}/users", _ => Colleague("coach.a@test.se")),
        P("POST /api/employers/{id}/users", 404, "employer1", w => $"/api/employers/{w.Employer2.Id}/users", _ => Colleague("annan@probe.se")),
        P("GET /api/employers/relations", 200, "coachA", _ => "/api/employers/relations?show=mine"),
        P("GET /api/employers/relations", 400, "coachA", _ => "/api/employers/relations?show=everyone"),
        A("POST /api/employers/{id}/relationship", 200, "coachA", async f => new Call($"/api/employers/{(await f.EmployerAsync(null)).Id}/relationship")),
        P("POST /api/employers/{id}/relationship", 404, "coachA", _ => "/api/employers/999999/relationship"),
        A("POST /api/employers/{id}/relationship", 409, "coachA", async f => new Call($"/api/employers/{(await f.EmployerAsync("coachC")).Id}/relationship")),
        A("DELETE /api/employers/{id}/relationship", 200, "coachA", async f => new Call($"/api/employers/{(await f.EmployerAsync("coachA")).Id}/relationship")),
        P("DELETE /api/employers/{id}/relationship", 404, "coachA", _ => "/api/employers/999999/relationship"),
        A("DELETE /api/employers/{id}/relationship", 409, "coachA", async f => new Call($"/api/employers/{(await f.EmployerAsync(null)).Id}/relationship")),

        // Candidates
        P("GET /api/candidates", 200, "coachA", _ => "/api/candidates"),
        P("GET /api/candidates", 400, "coachA", _ => "/api/candidates?page=0"),
        P("POST /api/candidates", 201, "coachA", _ => "/api/candidates", _ => RequestBodies.Candidate()),
        P("POST /api/candidates", 400, "coachA", _ => "/api/candidates", _ => RequestBodies.With(RequestBodies.Candidate(), ("firstName", ""))),
        P("POST /api/candidates", 404, "coachWithoutUnit", _ => "/api/candidates", _ => RequestBodies.Candidate()),
        // The e-mail of someone registered already: held for the coach to confirm.
        P("POST /api/candidates", 409, "coachA", _ => "/api/candidates", w => RequestBodies.Candidate(email: w.CandidateA.Email)),
        P("GET /api/candidates/{id}", 200, "coachA", w => $"/api/candidates/{w.CandidateA.Id}"),
        P("GET /api/candidates/{id}", 404, "coachA", w => $"/api/candidates/{w.CandidateC.Id}"),
        A("PUT /api/candidates/{id}", 200, "coachA", async f => await CandidateEditAsync(f, c => c.Version)),
        P("PUT /api/candidates/{id}", 400, "coachA", w => $"/api/candidates/{w.CandidateA.Id}", _ => RequestBodies.Candidate()),
        P("PUT /api/candidates/{id}", 404, "coachA", w => $"/api/candidates/{w.CandidateC.Id}", _ => RequestBodies.With(RequestBodies.Candidate(), ("version", Stale))),
        A("PUT /api/candidates/{id}", 409, "coachA", async f => await CandidateEditAsync(f, _ => Stale)),
        P("GET /api/candidates/{id}/views", 200, "candidateA", w => $"/api/candidates/{w.CandidateA.Id}/views"),
        P("GET /api/candidates/{id}/views", 404, "coachA", w => $"/api/candidates/{w.CandidateA.Id}/views"),

        // Placements
        P("GET /api/placements", 200, "employer1", _ => "/api/placements"),
        A("POST /api/placements", 201, "employer1", async f => new Call("/api/placements", await RequestBodies.PlacementAsync(f.Factory))),
        A("POST /api/placements", 400, "employer1", async f => new Call("/api/placements", RequestBodies.With(await RequestBodies.PlacementAsync(f.Factory), ("title", "")))),
        P("GET /api/placements/{id}", 200, "employer1", w => $"/api/placements/{w.PlacementE1.Id}"),
        P("GET /api/placements/{id}", 404, "employer1", w => $"/api/placements/{w.DraftE2.Id}"),
        A("PUT /api/placements/{id}", 200, "employer1", async f => await PlacementEditAsync(f, p => p.Version)),
        A("PUT /api/placements/{id}", 400, "employer1", async f => new Call($"/api/placements/{f.World.PlacementE1.Id}", await RequestBodies.PlacementAsync(f.Factory))),
        A("PUT /api/placements/{id}", 404, "employer1", async f => new Call($"/api/placements/{f.World.DraftE2.Id}",
            RequestBodies.With(await RequestBodies.PlacementAsync(f.Factory), ("version", Stale)))),
        A("PUT /api/placements/{id}", 409, "employer1", async f => await PlacementEditAsync(f, _ => Stale)),
        Publish("POST /api/placements/{id}/status", 200, "employer1", PlacementDraftAsync),
        P("POST /api/placements/{id}/status", 400, "employer1", w => $"/api/placements/{w.PlacementE1.Id}/status", _ => new { status = "Draft", version = Stale }),
        P("POST /api/placements/{id}/status", 404, "employer1", w => $"/api/placements/{w.DraftE2.Id}/status", _ => new { status = "Published", version = Stale }),
        Publish("POST /api/placements/{id}/status", 409, "employer1", PlacementDraftAsync),

        // Units
        P("GET /api/units/{id}", 200, "coachA", w => $"/api/units/{w.UnitA.Id}"),
        P("GET /api/units/{id}", 404, "coachA", w => $"/api/units/{w.UnitC.Id}"),
        // Unit C shares with unit B, which has no coach: nobody's scope in the world changes.
        // Agreements: the admin is unit A's, so unit A may grant; any other unit's are 404.
        P("GET /api/units/{id}/agreements", 200, "admin", w => $"/api/units/{w.UnitA.Id}/agreements"),
        P("GET /api/units/{id}/agreements", 404, "admin", w => $"/api/units/{w.UnitB.Id}/agreements"),
        A("POST /api/units/{id}/agreements", 201, "admin", f => new Call($"/api/units/{f.World.UnitA.Id}/agreements", Agreement(f, f.World.UnitC.Id))),
        A("POST /api/units/{id}/agreements", 400, "admin", f => new Call($"/api/units/{f.World.UnitA.Id}/agreements", Agreement(f, f.World.UnitA.Id))),
        A("POST /api/units/{id}/agreements", 404, "admin", f => new Call($"/api/units/{f.World.UnitC.Id}/agreements", Agreement(f, f.World.UnitA.Id))),
        A("PUT /api/units/{id}/agreements/{agreementId}", 200, "admin", async f => await AgreementEditAsync(f, a => a.Version)),
        A("PUT /api/units/{id}/agreements/{agreementId}", 400, "admin", async f => await AgreementEditAsync(f, _ => null)),
        A("PUT /api/units/{id}/agreements/{agreementId}", 404, "admin", f => new Call($"/api/units/{f.World.UnitA.Id}/agreements/999999", Agreement(f, f.World.UnitC.Id))),
        A("PUT /api/units/{id}/agreements/{agreementId}", 409, "admin", async f => await AgreementEditAsync(f, _ => Stale)),
        A("POST /api/units/{id}/agreements/{agreementId}/end", 200, "admin", async f => new Call($"/api/units/{f.World.UnitA.Id}/agreements/{(await AgreementAsync(f)).Id}/end")),
        A("POST /api/units/{id}/agreements/{agreementId}/end", 404, "admin", _ => new Call("/api/units/999999/agreements/1/end")),
        A("POST /api/units/{id}/agreements/{agreementId}/end", 409, "admin", async f =>
        {
            var ended = await AgreementAsync(f);
            (await (await f.ClientAsync("admin")).PostAsync($"/api/units/{f.World.UnitA.Id}/agreements/{ended.Id}/end", null)).EnsureSuccessStatusCode();
            return new Call($"/api/units/{f.World.UnitA.Id}/agreements/{ended.Id}/end");
        }),

        // Matching
        P("GET /api/placements/{id}/matches", 200, "coachA", w => $"/api/placements/{w.PlacementE1.Id}/matches"),
        P("GET /api/placements/{id}/matches", 400, "coachA", w => $"/api/placements/{w.PlacementE1.Id}/matches?k=0"),
        P("GET /api/placements/{id}/matches", 404, "coachA", w => $"/api/placements/{w.DraftE2.Id}/matches"),
        P("GET /api/placements/{id}/matches/{candidateId}", 200, "coachA", w => $"/api/placements/{w.PlacementE1.Id}/matches/{w.CandidateA.Id}"),
        P("GET /api/placements/{id}/matches/{candidateId}", 400, "coachA", w => $"/api/placements/{w.PlacementE1.Id}/matches/{w.CandidateA.Id}?skills=2"),
        P("GET /api/placements/{id}/matches/{candidateId}", 404, "coachA", w => $"/api/placements/{w.PlacementE1.Id}/matches/{w.CandidateC.Id}"),
        P("GET /api/candidates/{id}/matches", 200, "coachA", w => $"/api/candidates/{w.CandidateA.Id}/matches"),
        P("GET /api/candidates/{id}/matches", 400, "coachA", w => $"/api/candidates/{w.CandidateA.Id}/matches?k=0"),
        P("GET /api/candidates/{id}/matches", 404, "coachA", w => $"/api/candidates/{w.CandidateC.Id}/matches"),

        // Taxonomy
        P("GET /api/taxonomy/skills", 200, "employer1", _ => "/api/taxonomy/skills?q=st"),
        P("GET /api/taxonomy/languages", 200, "employer1", _ => "/api/taxonomy/languages?q=ar"),
        P("GET /api/taxonomy/occupation-groups", 200, "employer1", _ => "/api/taxonomy/occupation-groups?q=9111"),
        P("GET /api/taxonomy/interests", 200, "coachA", _ => "/api/taxonomy/interests"),

        // Shortlists
        P("GET /api/placements/{id}/shortlist", 200, "coachA", w => $"/api/placements/{w.PlacementE1.Id}/shortlist"),
        P("GET /api/placements/{id}/shortlist", 404, "coachA", w => $"/api/placements/{w.DraftE2.Id}/shortlist"),
        A("POST /api/placements/{id}/shortlist", 200, "coachA", async f => new Call($"/api/placements/{f.World.PlacementE1.Id}/shortlist",
            new { candidateIds = new[] { (await f.CandidateAsync()).Id } })),
        P("POST /api/placements/{id}/shortlist", 400, "coachA", w => $"/api/placements/{w.PlacementE1.Id}/shortlist", _ => new { candidateIds = Array.Empty<int>() }),
        P("POST /api/placements/{id}/shortlist", 404, "coachA", w => $"/api/placements/{w.DraftE2.Id}/shortlist", w => new { candidateIds = new[] { w.CandidateA.Id } }),
        P("GET /api/placements/{id}/presented", 200, "employer1", w => $"/api/placements/{w.PlacementE1.Id}/presented"),
        P("GET /api/placements/{id}/presented", 404, "employer1", w => $"/api/placements/{w.PublishedE2.Id}/presented"),
        P("GET /api/shortlist-entries/{id}", 200, "coachA", w => $"/api/shortlist-entries/{w.EntryB.Id}"),
        P("GET /api/shortlist-entries/{id}", 404, "coachC", w => $"/api/shortlist-entries/{w.EntryB.Id}"),
        A("POST /api/shortlist-entries/{id}/status", 200, "coachA", async f =>
        {
            var e = await f.EntryAsync();
            return new Call($"/api/shortlist-entries/{e.Id}/status", new { status = "Contacted", version = e.Version });
        }),
        P("POST /api/shortlist-entries/{id}/status", 400, "coachA", w => $"/api/shortlist-entries/{w.EntryB.Id}/status", _ => new { version = Stale }),
        P("POST /api/shortlist-entries/{id}/status", 404, "coachC", w => $"/api/shortlist-entries/{w.EntryB.Id}/status", _ => new { status = "Contacted", version = Stale }),
        A("POST /api/shortlist-entries/{id}/status", 409, "coachA", async f => new Call($"/api/shortlist-entries/{(await f.EntryAsync()).Id}/status",
            new { status = "Contacted", version = Stale })),
        A("POST /api/shortlist-entries/{id}/assessment", 200, "employer1", async f =>
        {
            var e = await f.PresentedAsync();
            return new Call($"/api/shortlist-entries/{e.Id}/assessment", new { assessment = "Interesting", version = e.Version });
        }),
        P("POST /api/shortlist-entries/{id}/assessment", 400, "employer1", w => $"/api/shortlist-entries/{w.EntryB.Id}/assessment",
            _ => new { assessment = "None", version = Stale }),
        P("POST /api/shortlist-entries/{id}/assessment", 404, "employer1", w => $"/api/shortlist-entries/{w.EntryAOnE2.Id}/assessment",
            _ => new { assessment = "Interesting", version = Stale }),
        A("POST /api/shortlist-entries/{id}/assessment", 409, "employer1", async f => new Call($"/api/shortlist-entries/{(await f.PresentedAsync()).Id}/assessment",
            new { assessment = "Interesting", version = Stale })),

        // Consent requests
        A("POST /api/shortlist-entries/{id}/consent-requests", 201, "coachA", async f => new Call($"/api/shortlist-entries/{(await f.EntryAsync()).Id}/consent-requests",
            new { deadlineDays = 3 })),
        P("POST /api/shortlist-entries/{id}/consent-requests", 400, "coachA", w => $"/api/shortlist-entries/{w.EntryB.Id}/consent-requests", _ => new { deadlineDays = 5 }),
        P("POST /api/shortlist-entries/{id}/consent-requests", 404, "coachC", w => $"/api/shortlist-entries/{w.EntryB.Id}/consent-requests", _ => new { deadlineDays = 3 }),
        A("POST /api/consent-requests/{id}/withdraw", 200, "coachA", async f => new Call($"/api/consent-requests/{(await f.ConsentAsync()).Id}/withdraw")),
        A("POST /api/consent-requests/{id}/withdraw", 400, "coachA", async f =>
        {
            var consent = await f.ConsentAsync();
            (await (await f.ClientAsync("coachA")).PostAsync($"/api/consent-requests/{consent.Id}/withdraw", null)).EnsureSuccessStatusCode();
            return new Call($"/api/consent-requests/{consent.Id}/withdraw");
        }),
        P("POST /api/consent-requests/{id}/withdraw", 404, "coachC", w => $"/api/consent-requests/{w.ConsentB.Id}/withdraw"),
        A("POST /api/consent-requests/{id}/withdraw", 409, "coachA", async f => new Call($"/api/consent-requests/{(await f.ConsentAsync()).Id}/withdraw") { Race = true }),
        A("POST /api/consent-requests/{id}/answer", 200, "consentYes", async f => new Call($"/api/consent-requests/{(await f.ConsentToLoginAsync("consentYes")).Id}/answer",
            new { accept = true })),
        A("POST /api/consent-requests/{id}/answer", 400, "consentTwice", async f =>
        {
            var consent = await f.ConsentToLoginAsync("consentTwice");
            (await (await f.ClientAsync("consentTwice")).PostAsJsonAsync($"/api/consent-requests/{consent.Id}/answer", new { accept = false })).EnsureSuccessStatusCode();
            return new Call($"/api/consent-requests/{consent.Id}/answer", new { accept = true });
        }),
        P("PUT /api/candidates/{id}/searchable", 200, "candidateA", w => $"/api/candidates/{w.CandidateA.Id}/searchable", _ => new { searchable = true }),
        P("PUT /api/candidates/{id}/searchable", 404, "candidateA", w => $"/api/candidates/{w.CandidateB.Id}/searchable", _ => new { searchable = true }),
        A("PUT /api/candidates/{id}/searchable", 409, "searchRace", async f =>
        {
            var login = await f.World.AddCandidateWithLoginAsync(f.Factory, "searchRace");
            return new Call($"/api/candidates/{login.Id}/searchable", new { searchable = !login.Searchable }) { Race = true };
        }),
        P("POST /api/consent-requests/{id}/answer", 404, "candidateA", w => $"/api/consent-requests/{w.ConsentB.Id}/answer", _ => new { accept = false }),
        A("POST /api/consent-requests/{id}/answer", 409, "consentRace", async f => new Call($"/api/consent-requests/{(await f.ConsentToLoginAsync("consentRace")).Id}/answer",
            new { accept = true }) { Race = true }),

        // Meetings
        P("GET /api/meetings", 200, "candidateA", _ => "/api/meetings"),
        A("POST /api/meetings", 201, "coachA", f => new Call("/api/meetings", MeetingClient.Request(f.Now, f.World.Employer1.Id))),
        A("POST /api/meetings", 400, "coachA", f => new Call("/api/meetings", RequestBodies.With(MeetingClient.Request(f.Now, f.World.Employer1.Id), ("capacity", 0)))),
        A("POST /api/meetings", 404, "coachWithoutUnit", f => new Call("/api/meetings", MeetingClient.Request(f.Now, f.World.Employer1.Id))),
        P("GET /api/meetings/{id}", 200, "coachA", w => $"/api/meetings/{w.MeetingA.Id}"),
        P("GET /api/meetings/{id}", 404, "coachC", w => $"/api/meetings/{w.MeetingA.Id}"),
        A("PUT /api/meetings/{id}", 200, "coachA", async f =>
        {
            var m = await f.DraftMeetingAsync();
            return new Call($"/api/meetings/{m.Id}", MeetingClient.Request(f.Now, f.World.Employer1.Id, version: m.Version));
        }),
        A("PUT /api/meetings/{id}", 400, "coachA", f => new Call($"/api/meetings/{f.World.MeetingA.Id}", MeetingClient.Request(f.Now, f.World.Employer1.Id))),
        A("PUT /api/meetings/{id}", 404, "coachC", f => new Call($"/api/meetings/{f.World.MeetingA.Id}", MeetingClient.Request(f.Now, f.World.Employer1.Id, version: Stale))),
        A("PUT /api/meetings/{id}", 409, "coachA", async f => new Call($"/api/meetings/{(await f.DraftMeetingAsync()).Id}",
            MeetingClient.Request(f.Now, f.World.Employer1.Id, version: Stale))),
        Publish("POST /api/meetings/{id}/status", 200, "coachA", MeetingDraftAsync),
        P("POST /api/meetings/{id}/status", 400, "coachA", w => $"/api/meetings/{w.MeetingA.Id}/status", _ => new { status = "Draft", version = Stale }),
        P("POST /api/meetings/{id}/status", 404, "coachC", w => $"/api/meetings/{w.MeetingA.Id}/status", _ => new { status = "Cancelled", version = Stale }),
        Publish("POST /api/meetings/{id}/status", 409, "coachA", MeetingDraftAsync),
        A("POST /api/meetings/{id}/invitations", 200, "coachA", async f =>
        {
            var meeting = await (await f.ClientAsync("coachA")).CreatePublishedAsync(f.Now, f.World.Employer1.Id);
            return new Call($"/api/meetings/{meeting.Id}/invitations", new { shortlistEntryIds = new[] { (await f.EntryAsync()).Id } });
        }),
        P("POST /api/meetings/{id}/invitations", 400, "coachA", w => $"/api/meetings/{w.MeetingA.Id}/invitations", _ => new { shortlistEntryIds = Array.Empty<int>() }),
        P("POST /api/meetings/{id}/invitations", 404, "coachC", w => $"/api/meetings/{w.MeetingA.Id}/invitations", _ => new { shortlistEntryIds = Array.Empty<int>() }),

        // Meeting invitations
        A("POST /api/meeting-invitations/{id}/answer", 200, "candidateA", async f =>
            new Call($"/api/meeting-invitations/{await f.InvitationAsync(MeetingStatus.Published, TimeSpan.FromDays(10))}/answer", new { accept = true })),
        // Starts tomorrow, so answers closed yesterday.
        A("POST /api/meeting-invitations/{id}/answer", 400, "candidateA", async f =>
            new Call($"/api/meeting-invitations/{await f.InvitationAsync(MeetingStatus.Published, TimeSpan.FromDays(1))}/answer", new { accept = true })),
        P("POST /api/meeting-invitations/{id}/answer", 404, "candidateA", w => $"/api/meeting-invitations/{w.InvitationB.Id}/answer", _ => new { accept = false }),
        A("POST /api/meeting-invitations/{id}/answer", 409, "candidateA", async f =>
            new Call($"/api/meeting-invitations/{await f.InvitationAsync(MeetingStatus.Published, TimeSpan.FromDays(10))}/answer", new { accept = true }) { Race = true }),
        A("POST /api/meeting-invitations/{id}/attendance", 200, "coachA", async f =>
            new Call($"/api/meeting-invitations/{await f.InvitationAsync(MeetingStatus.Published, -TimeSpan.FromHours(1))}/attendance", new { attended = true, outcome = "Job" })),
        P("POST /api/meeting-invitations/{id}/attendance", 400, "coachA", w => $"/api/meeting-invitations/{w.InvitationB.Id}/attendance",
            _ => new { attended = true, outcome = "Job" }),
        P("POST /api/meeting-invitations/{id}/attendance", 404, "coachC", w => $"/api/meeting-invitations/{w.InvitationB.Id}/attendance",
            _ => new { attended = true, outcome = "Job" }),

        // The candidate's own data
        P("GET /api/me/export", 200, "candidateA", _ => "/api/me/export"),
        P("GET /api/me/export", 404, "candidateWithoutProfile", _ => "/api/me/export"),

        // Outcomes
        P("GET /api/candidates/{id}/outcomes", 200, "coachA", w => $"/api/candidates/{w.CandidateA.Id}/outcomes"),
        P("GET /api/candidates/{id}/outcomes", 404, "employer1", w => $"/api/candidates/{w.CandidateB.Id}/outcomes"),
        A("POST /api/candidates/{id}/outcomes", 201, "coachA", f => new Call($"/api/candidates/{f.World.CandidateA.Id}/outcomes", f.Outcome())),
        A("POST /api/candidates/{id}/outcomes", 400, "coachA", f => new Call($"/api/candidates/{f.World.CandidateA.Id}/outcomes", f.Outcome("1999-12-31"))),
        A("POST /api/candidates/{id}/outcomes", 404, "coachA", f => new Call($"/api/candidates/{f.World.CandidateC.Id}/outcomes", f.Outcome())),
        A("PUT /api/outcomes/{id}", 200, "coachA", async f =>
        {
            var o = await f.OutcomeAsync();
            return new Call($"/api/outcomes/{o.Id}", f.Outcome(version: o.Version));
        }),
        A("PUT /api/outcomes/{id}", 400, "coachA", async f => new Call($"/api/outcomes/{(await f.OutcomeAsync()).Id}", f.Outcome())),
        A("PUT /api/outcomes/{id}", 404, "coachA", f => new Call("/api/outcomes/999999", f.Outcome(version: Stale))),
        A("PUT /api/outcomes/{id}", 409, "coachA", async f => new Call($"/api/outcomes/{(await f.OutcomeAsync()).Id}", f.Outcome(version: Stale))),

        // Dashboard
        P("GET /api/dashboard", 200, "coachA", _ => "/api/dashboard"),
        P("GET /api/dashboard", 400, "coachA", _ => "/api/dashboard?months=99"),
        P("GET /api/dashboard", 404, "adminWithoutUnit", _ => "/api/dashboard"),

        // Notifications
        P("GET /api/notifications", 200, "coachA", _ => "/api/notifications?after=0"),
        A("POST /api/notifications/{id}/read", 204, "coachA", async f => new Call($"/api/notifications/{(await f.NotificationAsync("coachA")).Id}/read")),
        A("POST /api/notifications/{id}/read", 404, "coachC", async f => new Call($"/api/notifications/{(await f.NotificationAsync("coachA")).Id}/read")),
        P("POST /api/notifications/read-all", 204, "coachA", _ => "/api/notifications/read-all"),
    ];

    /// <summary>A draft just made, published with its own version (or, for the 409, a stale one).</summary>
    private static Probe Publish(string operation, int status, string user, Func<ProbeFixture, Task<(int Id, Guid Version)>> draft) =>
        A(operation, status, user, async f =>
        {
            var (id, version) = await draft(f);
            var url = operation.Split(' ')[1].Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            return new Call(url, new { status = "Published", version = status == 409 ? Stale : version });
        });

    private static async Task<(int, Guid)> PlacementDraftAsync(ProbeFixture f)
    {
        var draft = await f.DraftPlacementAsync();
        return (draft.Id, draft.Version);
    }

    private static async Task<(int, Guid)> MeetingDraftAsync(ProbeFixture f)
    {
        var draft = await f.DraftMeetingAsync();
        return (draft.Id, draft.Version);
    }

    private static object Registration(string organisationNumber, string email) => new
    {
        name = "Probe Register AB", organisationNumber, postcode = "392 31",
        user = Colleague(email),
    };

    private static object Colleague(string email) => new { displayName = "Kim Kollega", email, password = TestWorld.Password };

    private static object Agreement(ProbeFixture f, int receivingUnitId, Guid? version = null) => new
    {
        // From tomorrow: the probes' agreements are never in force, so no other probe sees more.
        receivingUnitId, purpose = "Probe sharing", validFrom = Day(f, 1), validTo = Day(f, 365), version,
    };

    /// <summary>An agreement unit A's admin just recorded, sharing with unit C.</summary>
    private static Task<AgreementDto> AgreementAsync(ProbeFixture f) =>
        f.CreatedAsync<AgreementDto>("admin", $"/api/units/{f.World.UnitA.Id}/agreements", Agreement(f, f.World.UnitC.Id));

    /// <summary>A change to a fresh agreement, sent with the version <paramref name="version"/> picks.</summary>
    private static async Task<Call> AgreementEditAsync(ProbeFixture f, Func<AgreementDto, Guid?> version)
    {
        var created = await AgreementAsync(f);
        return new Call($"/api/units/{f.World.UnitA.Id}/agreements/{created.Id}", Agreement(f, f.World.UnitC.Id, version(created)));
    }

    /// <summary>A candidate coach A just registered, and a change to it sent with the version <paramref name="version"/> picks.</summary>
    private static async Task<Call> CandidateEditAsync(ProbeFixture f, Func<CandidateDto, Guid> version)
    {
        var created = await f.CreatedAsync<CandidateDto>("coachA", "/api/candidates", RequestBodies.With(RequestBodies.Candidate(), ("lastName", $"P{f.Next()}")));
        return new Call($"/api/candidates/{created.Id}", RequestBodies.With(RequestBodies.Candidate(), ("version", version(created))));
    }

    /// <summary>A draft employer 1 just made, and a change to it sent with the version <paramref name="version"/> picks.</summary>
    private static async Task<Call> PlacementEditAsync(ProbeFixture f, Func<PlacementDto, Guid> version)
    {
        var draft = await f.DraftPlacementAsync();
        return new Call($"/api/placements/{draft.Id}", RequestBodies.With(await RequestBodies.PlacementAsync(f.Factory), ("version", version(draft))));
    }
}
