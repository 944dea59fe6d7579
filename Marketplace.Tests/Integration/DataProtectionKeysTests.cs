using System.Net;
using System.Net.Http.Json;
using Marketplace.Data;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Integration;

/// <summary>Scale-out: the sign-in cookie one web node issues is accepted by another node sharing the
/// database, because the data-protection keys are stored there (decision 0011).</summary>
[Collection(nameof(OutboxCollection))] // second hosts in the process: not beside another factory starting
public sealed class DataProtectionKeysTests
{
    [Fact]
    public async Task SignInOnNodeA_CookieSentToNodeB_AcceptedAndKeyStoredInTheDatabase()
    {
        var database = TestDatabase.Sqlite();
        using var nodeA = new MarketplaceFactory(database);
        var world = await TestWorld.CreateAsync(nodeA);
        using var nodeB = new MarketplaceFactory(database);
        var onA = nodeA.CreateClient(nodeA.ClientOptionsFor(handleCookies: false));
        var onB = nodeB.CreateClient(nodeB.ClientOptionsFor(handleCookies: false));

        var signIn = await onA.PostAsJsonAsync("/api/auth/login", new { email = world.Users["coachA"].Email, password = TestWorld.Password });
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)).Split(';')[0];
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { { "Cookie", cookie } } };
        var onNodeB = await onB.SendAsync(me);
        using var tampered = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { { "Cookie", cookie[..^4] + "AAAA" } } };
        var forged = await onB.SendAsync(tampered);

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onNodeB.StatusCode);
        Assert.Contains(world.Users["coachA"].Id, await onNodeB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode); // the cookie is checked, not just present
        await using var scope = nodeB.Scope();
        var keys = await scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().DataProtectionKeys.ToListAsync();
        Assert.Contains(keys, k => k.FriendlyName!.StartsWith("key-", StringComparison.Ordinal) && k.Xml.Contains("<masterKey", StringComparison.Ordinal));
    }
}
