using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Workflows;
using Marketplace.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Notifications;

/// <summary>Scale-out: two web nodes, each a real Kestrel on loopback, sharing one database file
/// and the Redis backplane. A push caused on one node reaches a client connected to the other.</summary>
[Collection(nameof(OutboxCollection))] // second hosts in the process: not beside another factory starting
public sealed class RedisBackplaneTests
{
    [RedisFact]
    public async Task Push_ActionServedByNodeB_ClientOnNodeAReceivesIt()
    {
        var database = TestDatabase.Sqlite();
        var settings = new Dictionary<string, string?>
        {
            ["SignalR:Redis"] = TestRedis.Server,
            // Per test run: two suites sharing a Redis server must not hear each other.
            ["SignalR:ChannelPrefix"] = $"marketplace-test-{Guid.NewGuid():N}",
        };
        using var nodeA = new MarketplaceFactory(database, settings).StartOnLoopback();
        var world = await TestWorld.CreateAsync(nodeA);
        using var nodeB = new MarketplaceFactory(database, settings).StartOnLoopback();
        var candidate = await world.AddCandidateWithLoginAsync(nodeA, "AcrossNodes");
        await using var onA = await HubClient.ListenAsync(nodeA, world, "AcrossNodes", NotificationKinds.ConsentRequested);
        var coachOnB = await world.ClientAsync(nodeB, "coachA");

        var entry = await coachOnB.ShortlistAsync(world.PlacementE1.Id, candidate.Id);
        await coachOnB.RequestConsentAsync(entry.Id);

        var push = await onA.Pushed();
        await using var scope = nodeA.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Marketplace.Data.MarketplaceDbContext>();
        var stored = await db.Notifications.SingleAsync(n => n.Id == push.Id);
        Assert.Equal(world.Users["AcrossNodes"].Id, stored.UserId);
        Assert.NotEqual(nodeA.LoopbackAddress, nodeB.LoopbackAddress);
    }
}
