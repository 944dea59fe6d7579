using Marketplace.Data.Entities;
using Marketplace.Matching.Scoring;
using Marketplace.Web.Matching;

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
        if (!TryRequest(k, skills, language, commute, interest, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var list = await matching.RankCandidatesAsync(http.Me(), id, weights, k, ct);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    private static async Task<IResult> ExplainAsync(int id, int candidateId, HttpContext http, MatchingService matching, CancellationToken ct,
        double? skills = null, double? language = null, double? commute = null, double? interest = null)
    {
        if (!TryRequest(1, skills, language, commute, interest, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var row = await matching.ExplainAsync(http.Me(), id, candidateId, weights, ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(row);
    }

    private static async Task<IResult> RankPlacementsAsync(int id, HttpContext http, MatchingService matching, CancellationToken ct, int k = 20)
    {
        if (!TryRequest(k, null, null, null, null, out var weights, out var errors))
        {
            return errors.ToResult();
        }
        var list = await matching.RankPlacementsAsync(http.Me(), id, weights, k, ct);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    /// <summary>Validates k and the weights; missing weights take their defaults.</summary>
    public static bool TryRequest(int k, double? skills, double? language, double? commute, double? interest,
        out MatchWeights weights, out FieldErrors errors)
    {
        errors = new FieldErrors();
        weights = MatchWeights.Default;
        if (k is < 1 or > MatchingService.MaxK)
        {
            errors.Add("k", $"Ask for between 1 and {MatchingService.MaxK} results.");
        }
        var d = MatchWeights.Default;
        (string Name, double? Value)[] given = [("skills", skills), ("language", language), ("commute", commute), ("interest", interest)];
        foreach (var (name, value) in given)
        {
            if (value is { } v && (double.IsNaN(v) || v < 0 || v > 1))
            {
                errors.Add(name, "A weight is a number from 0 to 1.");
            }
        }
        if (!errors.Any && given.Any(g => g.Value is not null))
        {
            double[] w = [skills ?? d.Skills, language ?? d.Language, commute ?? d.Commute, interest ?? d.Interest];
            // Checked here, not left to MatchWeights.Create's exception, so the message is a
            // resource key the page shows in the coach's language.
            if (w.Sum() == 0)
            {
                errors.Add("weights", "Set at least one weight above zero.");
            }
            else
            {
                weights = MatchWeights.Create(w[0], w[1], w[2], w[3]);
            }
        }
        return !errors.Any;
    }
}
