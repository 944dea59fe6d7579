using Marketplace.Matching.Scoring;

namespace Marketplace.Web.CandidateSearch;

/// <summary>What a coach may ask of the matching: how many results and the four weights, checked
/// once for the match page and the API.</summary>
public static class MatchRequest
{
    /// <summary>Validates k and the weights; missing weights take their defaults.</summary>
    public static bool TryCreate(int k, double? skills, double? language, double? commute, double? interest,
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
