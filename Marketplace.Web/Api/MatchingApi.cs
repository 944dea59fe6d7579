using Marketplace.Data.Entities;
using Marketplace.Web.CandidateSearch;

namespace Marketplace.Web.Api;

/// <summary>Matching both ways. Weights are optional per search (each 0–1, not all zero; they are
/// normalised); k is 1–200.</summary>
public static class MatchingApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/placements/{id:int}/matches", RankCandidatesAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        api.MapGet("/placements/{id:int}/matches/{candidateId:int}", ExplainAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach));
        api.MapGet("/candidates/{id:int}/matches", RankPlacementsAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Candidate));
    }

    private static async Task<IResult> RankCandidatesAsync(int id, HttpContext http, MatchingService matching, CancellationToken ct,
        int k = 50, double? skills = null, double? language = null, double? commute = null, double? interest = null)
    {
        if (!MatchRequest.TryCreate(k, skills, language, commute, interest, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var list = await matching.RankCandidatesAsync(http.Me(), id, weights, k, ct);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    private static async Task<IResult> ExplainAsync(int id, int candidateId, HttpContext http, MatchingService matching, CancellationToken ct,
        double? skills = null, double? language = null, double? commute = null, double? interest = null)
    {
        if (!MatchRequest.TryCreate(1, skills, language, commute, interest, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var row = await matching.ExplainAsync(http.Me(), id, candidateId, weights, ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(row);
    }

    private static async Task<IResult> RankPlacementsAsync(int id, HttpContext http, MatchingService matching, CancellationToken ct, int k = 20)
    {
        if (!MatchRequest.TryCreate(k, null, null, null, null, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var list = await matching.RankPlacementsAsync(http.Me(), id, weights, k, ct);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

}
