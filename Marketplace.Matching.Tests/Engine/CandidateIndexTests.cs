using Lucene.Net.Store;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Index;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Tests.Engine;

public class CandidateIndexTests
{
    private static LuceneCandidateIndex NewIndex() => new(new RAMDirectory(), TaxonomyData.Default);

    private static long[] Ranked(LuceneCandidateIndex index, PlacementDocument? p = null) =>
        index.TopK(p ?? A.Placement(), MatchWeights.Default, 10, FixedCommute.Minutes(15)).Select(r => r.Id).ToArray();

    [Fact]
    public void Upsert_ThenQueryImmediately_SeesCandidate()
    {
        using var index = NewIndex();
        index.Rebuild([A.Candidate(1)]);
        index.Upsert(A.Candidate(2) with { Interests = [Ids.ForkliftGroup] });
        Assert.Equal([2L, 1L], Ranked(index));
    }

    [Fact]
    public void Upsert_ExistingId_ReplacesDocument()
    {
        using var index = NewIndex();
        index.Upsert(A.Candidate(1));
        index.Upsert(A.Candidate(1) with { Searchable = false });
        Assert.Equal(1, index.Count);
        Assert.Empty(Ranked(index));
    }

    [Fact]
    public void Upsert_MaxCommuteTooLargeToStore_RejectedNotTruncated()
    {
        using var index = NewIndex();
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Upsert(A.Candidate(1) with { MaxCommuteMinutes = 5000 }));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Delete_Candidate_NoLongerRanked()
    {
        using var index = NewIndex();
        index.Rebuild([A.Candidate(1), A.Candidate(2)]);
        index.Delete(1);
        Assert.Equal([2L], Ranked(index));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Rebuild_ReplacesEverything()
    {
        using var index = NewIndex();
        index.Rebuild([A.Candidate(1), A.Candidate(2)]);
        index.Rebuild([A.Candidate(3)]);
        Assert.Equal([3L], Ranked(index));
    }

    [Fact]
    public void TopK_CandidateWithoutAnySkill_StillRankedBelowSkilledOnes()
    {
        using var index = NewIndex();
        index.Rebuild([A.Candidate(1) with { Skills = [] }, A.Candidate(2)]);
        var results = index.TopK(A.Placement(), MatchWeights.Default, 10, FixedCommute.Minutes(15));
        Assert.Equal([2L, 1L], results.Select(r => r.Id));
        Assert.True(results[0].Score > results[1].Score);
    }

    [Fact]
    public void TopK_ExplanationMatchesScore()
    {
        using var index = NewIndex();
        index.Rebuild([A.Candidate(1) with { Experience = [new(Ids.ForkliftGroup, 3)] }]);
        var r = index.TopK(A.Placement(), MatchWeights.Default, 1, FixedCommute.Minutes(35)).Single();
        Assert.Equal(r.Score, r.Explanation.Score);
        Assert.Equal(3, Assert.IsType<Marketplace.Matching.Explanations.SkillsDetail>(r.Explanation.Factors[0].Detail).ExperienceYears);
    }

    [Fact]
    public void Reopen_OnDisk_KeepsDocuments()
    {
        var path = Path.Combine(Path.GetTempPath(), "matching-index-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = new LuceneCandidateIndex(path, TaxonomyData.Default)) index.Upsert(A.Candidate(7));
            using var reopened = new LuceneCandidateIndex(path, TaxonomyData.Default);
            Assert.Equal([7L], Ranked(reopened));
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public void PlacementMatcher_ClosedPlacement_Skipped_AndTiesById()
    {
        var matcher = new PlacementMatcher(TaxonomyData.Default);
        PlacementDocument[] placements = [A.Placement(30), A.Placement(10), A.Placement(20) with { Status = PlacementStatus.Closed }];
        var results = matcher.TopK(A.Candidate(), placements, MatchWeights.Default, 5, _ => FixedCommute.Minutes(15));
        Assert.Equal([10L, 30L], results.Select(r => r.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4095)]
    public void Upsert_MaxCommuteAtTheEndsOfTheStoredRange_Kept(int minutes)
    {
        using var index = NewIndex();
        index.Upsert(A.Candidate(1) with { MaxCommuteMinutes = minutes });
        var hit = Assert.Single(index.TopK(A.Placement(), MatchWeights.Default, 10, FixedCommute.Minutes(0)));
        Assert.Equal(minutes, Assert.IsType<Marketplace.Matching.Explanations.CommuteDetail>(hit.Explanation.Factors[2].Detail).MaxMinutes);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4096)]
    public void Upsert_MaxCommuteJustOutsideTheStoredRange_RejectedSayingTheRange(int minutes)
    {
        using var index = NewIndex();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => index.Upsert(A.Candidate(1) with { MaxCommuteMinutes = minutes }));
        Assert.Contains("0–4095", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopK_RebuiltDocument_KeepsExactlyTheLicencesHeld()
    {
        using var index = NewIndex();
        index.Upsert(A.Candidate(1) with { Licences = ["C", "BE"] });
        var hit = Assert.Single(index.TopK(A.Placement(), MatchWeights.Default, 10, FixedCommute.Minutes(15)));
        Assert.Equal(["BE", "C"], hit.Explanation.Constraints.LicencesHeld);
    }
}
