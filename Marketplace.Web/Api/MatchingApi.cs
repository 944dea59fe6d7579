using Marketplace.Data.Entities;
using Marketplace.Web.CandidateSearch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Api;

/// <summary>Matching both ways. Weights are optional per search (each 0–1, not all zero; they are
/// normalised); k is 1–200.</summary>
public static class MatchingApi
{
    private const string WeightsRule = "Weights (skills, language, commute, interest) are optional, each 0–1 and not all zero; they are normalised.";

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Matching");
        g.MapGet("/placements/{id:int}/matches", RankCandidatesAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("RankCandidates").WithSummary("The best candidates in the coach's scope for a placement, with their scores.")
            .WithDescription(WeightsRule + " k is 1–200 (default 50).");
        g.MapGet("/placements/{id:int}/matches/{candidateId:int}", ExplainAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach))
            .WithName("ExplainMatch").WithSummary("How one candidate scores for a placement, criterion by criterion.")
            .WithDescription(WeightsRule);
        g.MapGet("/candidates/{id:int}/matches", RankPlacementsAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Candidate))
            .WithName("RankPlacements").WithSummary("The best placements for a candidate, with their scores.")
            .WithDescription("For the candidate's coach or the candidate themself. k is 1–200 (default 20).");
    }

    private static async Task<Results<Ok<MatchList>, NotFound, ValidationProblem>> RankCandidatesAsync(int id, HttpContext http, MatchingService matching, CancellationToken ct,
        int k = 50, double? skills = null, double? language = null, double? commute = null, double? interest = null)
    {
        if (!MatchRequest.TryCreate(k, skills, language, commute, interest, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var list = await matching.RankCandidatesAsync(http.Me(), id, weights, k, ct);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<MatchRow>, NotFound, ValidationProblem>> ExplainAsync(int id, int candidateId, HttpContext http, MatchingService matching, CancellationToken ct,
        double? skills = null, double? language = null, double? commute = null, double? interest = null)
    {
        if (!MatchRequest.TryCreate(1, skills, language, commute, interest, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var row = await matching.ExplainAsync(http.Me(), id, candidateId, weights, ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(row);
    }

    private static async Task<Results<Ok<MatchList>, NotFound, ValidationProblem>> RankPlacementsAsync(int id, HttpContext http, MatchingService matching, CancellationToken ct, int k = 20)
    {
        if (!MatchRequest.TryCreate(k, null, null, null, null, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var list = await matching.RankPlacementsAsync(http.Me(), id, weights, k, ct);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }
}
