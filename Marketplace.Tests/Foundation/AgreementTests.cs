using System.Net;
using System.Net.Http.Json;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Foundation;

/// <summary>Data-sharing agreements (decisions/0015): only an admin of the granting unit records,
/// changes or ends one; the dates are checked; every change is logged; a receiving coach reads the
/// shared candidates and changes nothing of theirs.</summary>
public sealed class AgreementTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private object Body(int receivingUnitId, DateOnly? from, DateOnly? to, Guid? version = null, string purpose = "Samverkan kring praktik") =>
        new { receivingUnitId, purpose, validFrom = from, validTo = to, version };

    private async Task<HttpClient> AdminOfAsync(string key, int unitId)
    {
        if (!fixture.World.Users.ContainsKey(key))
        {
            await fixture.World.AddLoginAsync(fixture.Factory, key, Roles.Admin, u => u.UnitId = unitId);
        }
        return await fixture.ClientAsync(key);
    }

    /// <summary>The probe's attack: unit A's admin grants unit A another unit's candidates.</summary>
    [Fact]
    public async Task Create_ForAnotherUnitsCandidates_NotFoundLoggedNothingShared()
    {
        var admin = await fixture.ClientAsync("admin");
        var coachA = await fixture.ClientAsync("coachA");
        var before = await fixture.QueryAsync(db => db.DataSharingAgreements.CountAsync());

        var response = await admin.PostAsJsonAsync($"/api/units/{fixture.World.UnitC.Id}/agreements",
            Body(fixture.World.UnitA.Id, fixture.Today, fixture.Today.AddYears(1)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await fixture.QueryAsync(db => db.DataSharingAgreements.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await coachA.GetAsync($"/api/candidates/{fixture.World.CandidateC.Id}")).StatusCode);
        var adminId = fixture.World.Users["admin"].Id;
        var unitC = fixture.World.UnitC.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await fixture.QueryAsync(db => db.AccessAudit.AnyAsync(a => a.UserId == adminId && a.ObjectKind == "Unit" && a.ObjectId == unitC && !a.Permitted)));
    }

    [Fact]
    public async Task Lifecycle_GrantingAdmin_CreatesChangesEnds_ReceivingCoachSeesThenDoesNot_EachStepLogged()
    {
        var adminC = await AdminOfAsync("adminC", fixture.World.UnitC.Id);
        var coachA = await fixture.ClientAsync("coachA");
        var candidateC = $"/api/candidates/{fixture.World.CandidateC.Id}";
        var url = $"/api/units/{fixture.World.UnitC.Id}/agreements";

        var created = await adminC.PostAsJsonAsync(url, Body(fixture.World.UnitA.Id, fixture.Today, fixture.Today.AddYears(1)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var agreement = (await created.Content.ReadFromJsonAsync<AgreementDto>())!;
        Assert.True(agreement.InForce);
        Assert.Equal(HttpStatusCode.OK, (await coachA.GetAsync(candidateC)).StatusCode);

        // Unit A's admin receives it: sees it, may not end it.
        var adminA = await fixture.ClientAsync("admin");
        Assert.Contains((await adminA.GetFromJsonAsync<List<AgreementDto>>($"/api/units/{fixture.World.UnitA.Id}/agreements"))!, a => a.Id == agreement.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.PostAsync($"/api/units/{fixture.World.UnitA.Id}/agreements/{agreement.Id}/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.PostAsync($"{url}/{agreement.Id}/end", null)).StatusCode);

        var changed = await adminC.PutAsJsonAsync($"{url}/{agreement.Id}", Body(fixture.World.UnitA.Id, fixture.Today, fixture.Today.AddMonths(6), agreement.Version, "Ändrat syfte"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Ändrat syfte", (await changed.Content.ReadFromJsonAsync<AgreementDto>())!.Purpose);

        var ended = await adminC.PostAsync($"{url}/{agreement.Id}/end", null);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coachA.GetAsync(candidateC)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await adminC.PostAsync($"{url}/{agreement.Id}/end", null)).StatusCode);

        var id = agreement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var adminCId = fixture.World.Users["adminC"].Id;
        var logged = await fixture.QueryAsync(db => db.AccessAudit.Where(a => a.ObjectKind == "Agreement" && a.ObjectId == id && a.Permitted && a.UserId == adminCId)
            .OrderBy(a => a.Id).Select(a => a.Purpose).ToListAsync());
        Assert.Equal(["agreement created", "agreement changed", "agreement ended"], logged);
    }

    public static TheoryData<string, int?, int?, string> BadDates => new()
    {
        { "no start date", null, 365, "ValidFrom" },
        { "no end date", 0, null, "ValidTo" },
        { "ends before it starts", 10, 5, "ValidTo" },
        { "runs to 9999-12-31", 0, 2_900_000, "ValidTo" },
        { "runs six years", 0, 6 * 366, "ValidTo" },
        { "starts in two years", 730, 800, "ValidFrom" },
    };

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task Create_BadDates_FieldErrorNothingWritten(string why, int? fromDays, int? toDays, string field)
    {
        var admin = await fixture.ClientAsync("admin");
        var before = await fixture.QueryAsync(db => db.DataSharingAgreements.CountAsync());
        DateOnly? Day(int? days) => days is { } d ? (d > 1_000_000 ? new DateOnly(9999, 12, 31) : fixture.Today.AddDays(d)) : null;

        var response = await admin.PostAsJsonAsync($"/api/units/{fixture.World.UnitA.Id}/agreements", Body(fixture.World.UnitC.Id, Day(fromDays), Day(toDays)));

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, why);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(before, await fixture.QueryAsync(db => db.DataSharingAgreements.CountAsync()));
    }

    /// <summary>Unit B shares with unit A (the world's agreement): coach A reads B's candidate and
    /// may shortlist them, but cannot change the profile or record an outcome.</summary>
    [Fact]
    public async Task SharedCandidate_ReceivingCoach_ReadsButCannotChangeProfileOrOutcomes()
    {
        var coachA = await fixture.ClientAsync("coachA");
        var b = fixture.World.CandidateB;

        var read = await coachA.GetFromJsonAsync<CandidateDto>($"/api/candidates/{b.Id}");
        var put = await coachA.PutAsJsonAsync($"/api/candidates/{b.Id}", RequestBodies.With(RequestBodies.Candidate(), ("version", read!.Version)));
        var outcome = await coachA.PostAsJsonAsync($"/api/candidates/{b.Id}/outcomes", new { kind = "Job", startDate = fixture.Today, employerOrganisationId = fixture.World.Employer1.Id });
        var editPage = await coachA.GetAsync($"/Coach/EditCandidate/{b.Id}");
        var outcomePage = await coachA.GetAsync($"/Coach/Outcome/{b.Id}");
        var profilePage = await coachA.GetStringAsync($"/Coach/Candidate/{b.Id}");

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outcome.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outcomePage.StatusCode);
        Assert.Contains("id=\"shared-read-only\"", profilePage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Coach/EditCandidate/{b.Id}", profilePage, StringComparison.Ordinal);
        Assert.Equal(read.Version, await fixture.QueryAsync(db => db.Candidates.Where(c => c.Id == b.Id).Select(c => c.Version).SingleAsync()));
        // Their own candidate stays theirs to edit.
        Assert.Equal(HttpStatusCode.OK, (await coachA.GetAsync($"/Coach/EditCandidate/{fixture.World.CandidateA.Id}")).StatusCode);
    }

    /// <summary>The admin page, in Swedish: record an agreement with a mistake, see it next to the
    /// field with the typed text kept, correct it, then end it with the button.</summary>
    [Fact]
    public async Task AdminPage_RecordWithMistakeThenEnd_InSwedish()
    {
        var admin = await AdminOfAsync("adminB", fixture.World.UnitB.Id);
        KeyValuePair<string, string>[] Form(string to) =>
        [
            new("Form.ReceivingUnitId", fixture.World.UnitC.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Form.Purpose", "Nybro och Unit C samverkar"),
            new("Form.ValidFrom", fixture.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("Form.ValidTo", to),
        ];

        var bad = await admin.PostFormAsync("/Admin", "/Admin", Form("9999-12-31"));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Ett avtal får gälla i högst fem år. Ange ett tidigare slutdatum.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nybro och Unit C samverkar\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.QueryAsync(db => db.DataSharingAgreements.CountAsync(a => a.GrantingUnitId == fixture.World.UnitB.Id && a.ReceivingUnitId == fixture.World.UnitC.Id)));

        var good = await admin.PostFormAsync("/Admin", "/Admin", Form(fixture.Today.AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var id = await fixture.QueryAsync(db => db.DataSharingAgreements.Where(a => a.GrantingUnitId == fixture.World.UnitB.Id && a.ReceivingUnitId == fixture.World.UnitC.Id).Select(a => a.Id).SingleAsync());
        var page = await admin.GetStringAsync("/Admin");
        Assert.Contains($"id=\"agreement-{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Avtalet registrerades.", page, StringComparison.Ordinal);

        var end = await admin.PostFormAsync("/Admin", "/Admin?handler=End", [new("agreementId", id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.NotNull(await fixture.QueryAsync(db => db.DataSharingAgreements.Where(a => a.Id == id).Select(a => a.EndedAt).SingleAsync()));
        Assert.Contains("Avtalet har upphört.", await admin.GetStringAsync("/Admin"), StringComparison.Ordinal);
    }
}
