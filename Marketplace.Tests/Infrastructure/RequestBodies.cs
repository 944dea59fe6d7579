using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Infrastructure;

/// <summary>Valid bodies for the write endpoints, as a client sends them; tests change only the
/// fields they are about (<see cref="With"/>).</summary>
public static class RequestBodies
{
    private static int s_candidates;

    /// <summary>A valid profile; each call is another person (own e-mail), so the duplicate warning
    /// stays out of tests about something else.</summary>
    public static object Candidate(string postcode = "392 31", string? email = null) => new
    {
        firstName = "Nadia", lastName = "Haddad", email = email ?? $"nadia.{Interlocked.Increment(ref s_candidates)}@example.se", homePostcode = postcode,
        swedishLevel = "A2", sfiCourse = "C", sfiInProgress = true, educationLevel = "UpperSecondary",
        transport = "Walk, PublicTransport", hasCarAccess = false, maxCommuteMinutes = 45,
        availableFrom = "2026-12-01", worktime = "FullTime", searchable = true, consentToMatching = true,
    };

    /// <summary>A placement in the seeded occupation group 9111, requiring the first skill.</summary>
    public static async Task<object> PlacementAsync(MarketplaceFactory factory)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var groupId = (await db.OccupationGroups.FirstAsync(x => x.Ssyk == "9111")).Id;
        var skillId = (await db.Skills.OrderBy(x => x.Id).FirstAsync()).Id;
        return new
        {
            title = "Praktik: lokalvård", description = "Lokalvård på kontor i centrala Kalmar.", occupationGroupId = groupId,
            employmentForm = "Placement", minSwedishLevel = "A2", languageSupportAvailable = true, workplacePostcode = "39231",
            worktime = "PartTime", hoursPerWeek = 20, startDate = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            durationWeeks = 8, seats = 2, requiredSkills = new[] { skillId }, requiredLicence = "B",
        };
    }

    /// <summary>The body with some fields set (JSON names, as sent).</summary>
    public static JsonObject With(object request, params (string Name, object? Value)[] fields)
    {
        var node = JsonSerializer.SerializeToNode(request)!.AsObject();
        foreach (var (name, value) in fields)
        {
            node[name] = JsonSerializer.SerializeToNode(value);
        }
        return node;
    }
}
