using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Explanations;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Scoring;

/// <summary>The reverse direction: the best open placements for one candidate. Placements are few
/// (thousands), so a scan with the same constraints and scoring function is enough.</summary>
public sealed class PlacementMatcher(TaxonomyData taxonomy)
{
    /// <param name="commuteFor">The commute table of a placement's workplace; the caller caches it
    /// per placement (PRODUCT.md: recomputed when the timetable or the placement changes).</param>
    /// <returns>Best first; ties by placement id ascending. <see cref="MatchResult.Id"/> is the placement id.</returns>
    public IReadOnlyList<MatchResult> TopK(
        CandidateDocument candidate,
        IEnumerable<PlacementDocument> placements,
        MatchWeights weights,
        int k,
        Func<PlacementDocument, ICommuteTable> commuteFor)
    {
        var facts = CandidateFacts.Constraints(candidate);
        var top = new TopKCollector<(PlacementQuery Query, CommuteEstimate Estimate)>(k);
        foreach (var p in placements)
        {
            if (p.Status != PlacementStatus.Open) continue;
            var q = new PlacementQuery(p, taxonomy);
            var estimate = commuteFor(p).Best(candidate.Home, candidate.Modes);
            if (!HardConstraints.Pass(facts, q, estimate)) continue;
            top.Offer(p.Id, ScoringFunction.Score(CandidateFacts.Inputs(candidate, q, estimate!), weights), (q, estimate!));
        }
        return top.Results()
            .Select(r => new MatchResult(r.Id, r.Score, ExplanationBuilder.Build(candidate, r.Payload.Query, r.Payload.Estimate, weights)))
            .ToArray();
    }
}
