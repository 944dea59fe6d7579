using System.Net.Http.Json;
using Marketplace.Data;
using Marketplace.Tests.Infrastructure;
using Marketplace.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Workflows;

/// <summary>The few API calls the workflow tests repeat, so each test reads as its story.</summary>
public static class WorkflowClient
{
    public static async Task<ShortlistEntryDto> ShortlistAsync(this HttpClient coach, int placementId, int candidateId)
    {
        var added = await coach.PostAsJsonAsync($"/api/placements/{placementId}/shortlist", new { candidateIds = new[] { candidateId } });
        added.EnsureSuccessStatusCode();
        var list = await coach.GetFromJsonAsync<List<ShortlistEntryDto>>($"/api/placements/{placementId}/shortlist");
        return list!.Single(e => e.CandidateId == candidateId);
    }

    public static async Task<ConsentDto> RequestConsentAsync(this HttpClient coach, int entryId, int days = 3)
    {
        var response = await coach.PostAsJsonAsync($"/api/shortlist-entries/{entryId}/consent-requests", new { deadlineDays = days });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ConsentDto>())!;
    }

    public static async Task<T> QueryAsync<T>(this WorldFixture fixture, Func<MarketplaceDbContext, Task<T>> query)
    {
        await using var scope = fixture.Factory.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
    }
}
