using System.Net.Http.Json;
using Marketplace.Web.Api;

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
}
