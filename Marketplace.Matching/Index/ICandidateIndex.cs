using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Scoring;

namespace Marketplace.Matching.Index;

/// <summary>The searchable set of candidates. Implementations must return exactly what
/// <see cref="BruteForceScorer"/> returns for the same documents (PRODUCT.md, Exactness).</summary>
public interface ICandidateIndex : IDisposable
{
    /// <summary>Adds or replaces one candidate; visible to the next <see cref="TopK"/> call.</summary>
    void Upsert(CandidateDocument candidate);

    void Delete(long candidateId);

    /// <summary>Replaces the whole index with <paramref name="candidates"/>.</summary>
    void Rebuild(IEnumerable<CandidateDocument> candidates);

    /// <summary>The best <paramref name="k"/> eligible candidates, best first, ties by id ascending.</summary>
    IReadOnlyList<MatchResult> TopK(PlacementDocument placement, MatchWeights weights, int k, ICommuteTable commute);

    /// <summary>Documents in the index (searchable or not).</summary>
    int Count { get; }
}
