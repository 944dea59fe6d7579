using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Explanations;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Scoring;

/// <summary>The definition of the right answer: reads every candidate once, applies the hard
/// constraints and <see cref="ScoringFunction"/>, keeps the top k. No caching, no pruning.</summary>
public sealed class BruteForceScorer(TaxonomyData taxonomy)
{
    public IReadOnlyList<MatchResult> TopK(
        IEnumerable<CandidateDocument> candidates, PlacementDocument placement, MatchWeights weights, int k, ICommuteTable commute)
    {
        var q = new PlacementQuery(placement, taxonomy);
        var top = new TopKCollector<(CandidateDocument Doc, CommuteEstimate Estimate)>(k);
        foreach (var c in candidates)
        {
            var estimate = commute.Best(c.Home, c.Modes);
            if (!HardConstraints.Pass(CandidateFacts.Constraints(c), q, estimate)) continue;
            var score = ScoringFunction.Score(CandidateFacts.Inputs(c, q, estimate!), weights);
            top.Offer(c.Id, score, (c, estimate!));
        }
        return top.Results()
            .Select(r => new MatchResult(r.Id, r.Score, ExplanationBuilder.Build(r.Payload.Doc, q, r.Payload.Estimate, weights)))
            .ToArray();
    }

    /// <summary>"Why is this candidate not ranked?" — the full evaluation of one pair.</summary>
    public MatchExplanation Explain(CandidateDocument candidate, PlacementDocument placement, MatchWeights weights, ICommuteTable commute) =>
        ExplanationBuilder.Build(candidate, new PlacementQuery(placement, taxonomy), commute, weights);
}
