using Marketplace.Matching.Explanations;

namespace Marketplace.Matching.Scoring;

/// <summary>One ranked candidate (or, in the reverse direction, placement) with its explanation.</summary>
/// <param name="Id">Candidate id for a placement's ranking; placement id for a candidate's.</param>
public sealed record MatchResult(long Id, double Score, MatchExplanation Explanation);
