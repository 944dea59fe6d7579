using System.Net;
using System.Net.Http.Json;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Integration;

/// <summary>Coaches find newly self-registered employers and take, or hand back, the relationship
/// (PRODUCT.md capability 10; decision 0007): one holder at a time, and nothing for other roles.</summary>
public sealed class EmployerRelationsTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    /// <summary>A self-registered organisation in a municipality, created for one test so tests do not share state.</summary>
    private static async Task<EmployerOrganisation> SelfRegisteredAsync(ITestApp app, string name, string municipality)
    {
        await using var scope = app.Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var orgNr = await NextOrganisationNumberAsync(db);
        var e = new EmployerOrganisation { Name = name, OrganisationNumber = orgNr, MunicipalityCode = municipality, SelfRegistered = true, CreatedAt = app.Now };
        db.Employers.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    /// <summary>Organisationsnummer are unique; the check digit does not matter to a row written directly.</summary>
    private static async Task<string> NextOrganisationNumberAsync(MarketplaceDbContext db) => $"559{await db.Employers.CountAsync() + 100:000}-0000";

    private static async Task<List<EmployerRelationRow>> ListAsync(HttpClient client, string show) =>
        (await client.GetFromJsonAsync<List<EmployerRelationRow>>($"/api/employers/relations?show={show}"))!;

    private static Task<string?> HolderAsync(ITestApp app, int id) => app.QueryAsync(db => db.Employers.Where(e => e.Id == id).Select(e => e.RelationshipCoachId).SingleAsync());

    [ProviderFact]
    public async Task New_SelfRegisteredUnheld_ListedOwnMunicipalityFirst_TakenOnesLeave(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var coachA = await app.ClientAsync("coachA");
        var far = await SelfRegisteredAsync(app, "Långt bort AB", "0180");
        var near = await SelfRegisteredAsync(app, "Nära AB", "0880"); // coach A's unit is in 0880

        var before = await ListAsync(coachA, "new");
        var took = await coachA.PostAsync($"/api/employers/{near.Id}/relationship", null);
        var after = await ListAsync(coachA, "new");
        var mine = await ListAsync(coachA, "mine");

        Assert.True(before.FindIndex(r => r.Id == near.Id) < before.FindIndex(r => r.Id == far.Id));
        Assert.DoesNotContain(before, r => r.Id == app.World.Employer1.Id); // not self-registered
        Assert.Equal(HttpStatusCode.OK, took.StatusCode);
        Assert.Equal(app.World.Users["coachA"].Id, await HolderAsync(app, near.Id));
        Assert.DoesNotContain(after, r => r.Id == near.Id);
        Assert.Contains(after, r => r.Id == far.Id);
        var row = Assert.Single(mine, r => r.Id == near.Id);
        Assert.Equal("coach.a@test.se", row.HolderName);
    }

    [ProviderFact]
    public async Task Take_HeldByAnotherCoach_ConflictAndHolderUnchanged(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var e = await SelfRegisteredAsync(app, "Redan tagen AB", "0880");
        var coachA = await app.ClientAsync("coachA");
        var coachC = await app.ClientAsync("coachC");
        Assert.Equal(HttpStatusCode.OK, (await coachC.PostAsync($"/api/employers/{e.Id}/relationship", null)).StatusCode);

        var second = await coachA.PostAsync($"/api/employers/{e.Id}/relationship", null);
        var release = await coachA.DeleteAsync($"/api/employers/{e.Id}/relationship");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode); // only the holder can hand it back
        Assert.Equal(app.World.Users["coachC"].Id, await HolderAsync(app, e.Id));
    }

    [ProviderFact]
    public async Task Release_ByHolder_NobodyHoldsItAndItIsNewAgain(TestProvider provider)
    {
        var app = await fixture.OnAsync(provider);
        var e = await SelfRegisteredAsync(app, "Tillbaka AB", "0880");
        var coachA = await app.ClientAsync("coachA");
        await coachA.PostAsync($"/api/employers/{e.Id}/relationship", null);

        var released = await coachA.DeleteAsync($"/api/employers/{e.Id}/relationship");

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Null(await HolderAsync(app, e.Id));
        Assert.Contains(await ListAsync(coachA, "new"), r => r.Id == e.Id);
    }

    [Theory]
    [InlineData("employer1")]
    [InlineData("candidateA")]
    public async Task Relations_NotACoach_Forbidden(string user)
    {
        var client = await fixture.ClientAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/employers/relations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/employers/{fixture.World.Employer2.Id}/relationship", null)).StatusCode);
        Assert.Null(await HolderAsync(fixture, fixture.World.Employer2.Id));
    }

    [Theory]
    [InlineData("other")]
    [InlineData("1")]
    public async Task List_UnknownShow_400NamingTheField(string show)
    {
        var response = await (await fixture.ClientAsync("coachA")).GetAsync($"/api/employers/relations?show={show}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"show\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfRegistration_CoachNotification_LinksToTheEmployersPage()
    {
        var anonymous = fixture.Factory.CreateClient(fixture.Factory.ClientOptionsFor(handleCookies: false));
        var registered = await anonymous.PostAsJsonAsync("/api/employers/register", new
        {
            name = "Länkbageriet AB",
            organisationNumber = "559123-4579",
            postcode = "39231",
            user = new { displayName = "Lo", email = "lo@lank.se", password = "tre ord i rad" },
        });

        var list = await (await fixture.ClientAsync("coachA")).GetFromJsonAsync<Marketplace.Web.Notifications.NotificationListDto>("/api/notifications");

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Contains(list!.Items, n => n.Kind == "EmployerRegistered" && n.Link == "/Coach/Employers");
    }

    [Fact]
    public async Task Take_UnknownEmployer_404()
    {
        var response = await (await fixture.ClientAsync("coachA")).PostAsync("/api/employers/999999/relationship", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Page_TakeFromNewList_MessageAndRowShowsYou()
    {
        var e = await SelfRegisteredAsync(fixture, "Sidan AB", "0880");
        var coachA = await fixture.ClientAsync("coachA");

        var response = await coachA.PostFormAsync("/Coach/Employers", $"/Coach/Employers?handler=Take&id={e.Id}&show=all", []);
        var page = WebUtility.HtmlDecode(await coachA.GetStringAsync("/Coach/Employers?show=all"));
        var badShow = WebUtility.HtmlDecode(await coachA.GetStringAsync("/Coach/Employers?show=nonsense"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Du har nu kontakten med Sidan AB.", page, StringComparison.Ordinal);
        Assert.Contains("Lämna tillbaka kontakten med Sidan AB", page, StringComparison.Ordinal);
        Assert.Contains("Visa är en av: new, mine, all.", badShow, StringComparison.Ordinal);
    }
}
