using FsCheck.Xunit;
using Lucene.Net.Store;
using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Explanations;
using Marketplace.Matching.Geo;
using Marketplace.Matching.Index;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Tests.Engine;

/// <summary>Property tests: the index is only a faster way to the brute-force answer, and protected
/// characteristics never move a score. FsCheck picks the seeds; each seed is a random world.</summary>
public class IndexExactnessProperties
{
    private static readonly TaxonomyData Taxonomy = TaxonomyData.Default;
    private static readonly string[] Skills = [Ids.Forklift, Ids.TruckB, Ids.TruckD, Ids.Adr, Ids.Tlp10, Ids.Unrelated];
    private static readonly string[] Groups = [Ids.ForkliftGroup, Ids.CareGroup];
    private static readonly string[] Licences = ["B", "BE", "C1", "C", "CE", "D", "A"];
    private static readonly string[] Languages = [Ids.Arabic, Ids.English];
    private static readonly DistanceCommuteProvider Commute = new();

    /// <summary>A few home points so many candidates share one, like locality centroids.</summary>
    private static GeoPoint Point(Random rng) => new(57.70 + 0.02 * rng.Next(0, 8), 11.97 + 0.03 * rng.Next(0, 8));

    private static T[] Some<T>(Random rng, T[] from, int max) =>
        Enumerable.Range(0, rng.Next(0, max + 1)).Select(_ => from[rng.Next(from.Length)]).Distinct().ToArray();

    private static CandidateDocument RandomCandidate(Random rng, long id) => new(
        id,
        Searchable: rng.NextDouble() < 0.9,
        Consent: rng.NextDouble() < 0.95,
        AvailableFrom: A.Start.AddDays(rng.Next(-20, 10)),
        Home: Point(rng),
        Modes: (TransportModes)rng.Next(0, 16),
        Licences: Some(rng, Licences, 2),
        MaxCommuteMinutes: 5 * rng.Next(2, 19),
        Swedish: LanguageLevel.Create((CefrLevel)rng.Next(0, 6), rng.NextDouble() < 0.3 ? rng.Next(0, 100) : 0),
        OtherLanguages: Some(rng, Languages, 2),
        // Many candidates with no skill at all, so the second (unrelated) phase of the index runs.
        Skills: rng.NextDouble() < 0.4 ? [] : Some(rng, Skills, 4),
        Experience: rng.NextDouble() < 0.3 ? [new Experience(Groups[rng.Next(2)], rng.Next(0, 8))] : [],
        Interests: Some(rng, [.. Groups, Ids.Field], 1),
        (WorkingTime)rng.Next(0, 3),
        RandomProtected(rng));

    private static ProtectedCharacteristics RandomProtected(Random rng) =>
        new((Gender)rng.Next(0, 4), 1950 + rng.Next(0, 55), rng.NextDouble() < 0.5 ? "SE" : "UA");

    private static PlacementDocument RandomPlacement(Random rng) => new(
        rng.Next(1, 1000),
        Groups[rng.Next(2)],
        OccupationFieldId: rng.NextDouble() < 0.5 ? Ids.Field : null,
        RequiredSkills: Some(rng, Skills, 3),
        NiceToHaveSkills: Some(rng, Skills, 2),
        MinSwedish: (CefrLevel)rng.Next(0, 5),
        LanguageSupport: rng.NextDouble() < 0.5,
        UsefulLanguages: Some(rng, Languages, 1),
        Workplace: Point(rng),
        StartDate: A.Start,
        RequiredLicence: rng.NextDouble() < 0.4 ? Licences[rng.Next(Licences.Length)] : null,
        WorkingTime.FullTime,
        PlacementStatus.Open);

    private static MatchWeights RandomWeights(Random rng) => rng.NextDouble() < 0.5
        ? MatchWeights.Default
        : MatchWeights.Create(rng.Next(0, 5) / 4.0, rng.Next(0, 5) / 4.0, rng.Next(0, 5) / 4.0, rng.Next(1, 5) / 4.0);

    private static readonly ExplanationText English = new(Taxonomy, ExplanationLanguage.English);

    private static string Sentences(MatchResult r) =>
        string.Join(" | ", English.Factors(r.Explanation).Concat(English.Gaps(r.Explanation))) + $" | {r.Explanation.Score}";

    private static (long, double)[] Key(IEnumerable<MatchResult> results) => results.Select(r => (r.Id, r.Score)).ToArray();

    [Property(MaxTest = 200)]
    public void TopK_IndexAndBruteForce_Identical(int seed)
    {
        var rng = new Random(seed);
        var candidates = Enumerable.Range(1, rng.Next(1, 150)).Select(i => RandomCandidate(rng, i)).ToList();
        using var index = new LuceneCandidateIndex(new RAMDirectory(), Taxonomy);
        // Half the worlds are built by upserts, so several segments occur.
        if (rng.NextDouble() < 0.5) index.Rebuild(candidates);
        else candidates.ForEach(index.Upsert);
        // Then some candidates are replaced and some deleted: the index must skip deleted documents,
        // and its per-point bounds (never lowered) must stay true for what is left.
        for (var i = 0; i < candidates.Count; i++)
        {
            var roll = rng.NextDouble();
            if (roll < 0.1)
            {
                candidates[i] = RandomCandidate(rng, candidates[i].Id);
                index.Upsert(candidates[i]);
            }
            else if (roll < 0.15)
            {
                index.Delete(candidates[i].Id);
                candidates[i] = null!;
            }
        }
        candidates.RemoveAll(c => c is null);
        var brute = new BruteForceScorer(Taxonomy);
        for (var i = 0; i < 3; i++)
        {
            var p = RandomPlacement(rng);
            var w = RandomWeights(rng);
            var k = rng.Next(1, 25);
            var table = Commute.ForWorkplace(p.Workplace, ArrivalWindow.DefaultFor(p.StartDate));
            var expected = brute.TopK(candidates, p, w, k, table);
            var actual = index.TopK(p, w, k, table);
            Assert.Equal(Key(expected), Key(actual));
            // The index rebuilds documents from doc values; the explanations must read the same.
            Assert.Equal(expected.Select(Sentences), actual.Select(Sentences));
        }
    }

    [Property(MaxTest = 200)]
    public void Scores_ProtectedCharacteristicsChanged_RankingUnchanged(int seed)
    {
        var rng = new Random(seed);
        var candidates = Enumerable.Range(1, rng.Next(1, 80)).Select(i => RandomCandidate(rng, i)).ToList();
        var changed = candidates.Select(c => c with { Protected = RandomProtected(rng) }).ToList();
        var p = RandomPlacement(rng);
        var table = Commute.ForWorkplace(p.Workplace, ArrivalWindow.DefaultFor(p.StartDate));
        var brute = new BruteForceScorer(Taxonomy);
        Assert.Equal(Key(brute.TopK(candidates, p, MatchWeights.Default, 1000, table)), Key(brute.TopK(changed, p, MatchWeights.Default, 1000, table)));
        using var index = new LuceneCandidateIndex(new RAMDirectory(), Taxonomy);
        index.Rebuild(candidates);
        var before = Key(index.TopK(p, MatchWeights.Default, 1000, table));
        index.Rebuild(changed);
        Assert.Equal(before, Key(index.TopK(p, MatchWeights.Default, 1000, table)));
    }

    [Property(MaxTest = 100)]
    public void TopK_ReverseDirection_EqualsForwardScores(int seed)
    {
        // The same pair scores the same both ways: the reverse matcher shares the scoring function.
        var rng = new Random(seed);
        var c = RandomCandidate(rng, 1) with { Searchable = true, Consent = true };
        var placements = Enumerable.Range(0, 20).Select(i => RandomPlacement(rng) with { Id = i }).ToArray();
        ICommuteTable TableFor(PlacementDocument p) => Commute.ForWorkplace(p.Workplace, ArrivalWindow.DefaultFor(p.StartDate));
        var reverse = new PlacementMatcher(Taxonomy).TopK(c, placements, MatchWeights.Default, 20, TableFor);
        var brute = new BruteForceScorer(Taxonomy);
        foreach (var r in reverse)
        {
            var p = placements.Single(x => x.Id == r.Id);
            Assert.Equal(r.Score, brute.TopK([c], p, MatchWeights.Default, 1, TableFor(p)).Single().Score);
        }
    }
}
