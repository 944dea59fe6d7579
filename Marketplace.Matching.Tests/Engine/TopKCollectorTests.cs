using FsCheck.Xunit;
using Marketplace.Matching.Scoring;

namespace Marketplace.Matching.Tests.Engine;

/// <summary>The ranking rule shared by the index and the brute-force scorer: the best k, higher
/// score first, equal scores by lower id.</summary>
public class TopKCollectorTests
{
    [Fact]
    public void TopKCollector_EqualScores_LowerIdFirst()
    {
        var top = new TopKCollector<int>(2);
        top.Offer(7, 0.5, 0);
        top.Offer(3, 0.5, 0);
        top.Offer(5, 0.5, 0);
        Assert.Equal([3L, 5L], top.Results().Select(r => r.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void TopKCollector_NoRoom_Throws(int k) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TopKCollector<int>(k));

    /// <summary>Only a strictly better entry displaces the worst: the same (score, id) offered again
    /// keeps what was kept first.</summary>
    [Fact]
    public void Offer_ExactTieWithTheWorst_KeepsTheFirst()
    {
        var top = new TopKCollector<string>(1);
        top.Offer(5, 0.5, "first");
        top.Offer(5, 0.5, "again");
        top.Offer(6, 0.5, "higher id");
        Assert.Equal("first", Assert.Single(top.Results()).Payload);
        top.Offer(4, 0.5, "lower id");
        Assert.Equal("lower id", Assert.Single(top.Results()).Payload);
    }

    /// <summary>Whatever the order of the offers: exactly min(k, n) kept, and they are the first k of
    /// all offers sorted by score descending, then id ascending. Few distinct scores, so ties abound.</summary>
    [Property(MaxTest = 300)]
    public void Results_AreTheFirstKOfAllOffersSorted(int seed)
    {
        var rng = new Random(seed);
        var n = rng.Next(0, 30);
        var k = rng.Next(1, 12);
        var offers = Enumerable.Range(1, n).Select(id => (Id: (long)id, Score: rng.Next(0, 4) / 4.0)).OrderBy(_ => rng.Next()).ToArray();
        var top = new TopKCollector<long>(k);
        foreach (var (id, score) in offers)
        {
            top.Offer(id, score, id * 10);
        }
        var expected = offers.OrderByDescending(o => o.Score).ThenBy(o => o.Id).Take(k).ToArray();
        Assert.Equal(expected, top.Results().Select(r => (r.Id, r.Score)));
        Assert.All(top.Results(), r => Assert.Equal(r.Id * 10, r.Payload));
        Assert.Equal(Math.Min(k, n), top.Count);
        Assert.Equal(n >= k, top.IsFull);
        Assert.Equal(n >= k ? expected[^1].Score : double.NegativeInfinity, top.Threshold);
    }
}
