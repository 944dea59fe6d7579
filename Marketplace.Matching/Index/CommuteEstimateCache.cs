using System.Buffers;
using Marketplace.Matching.Commute;

namespace Marketplace.Matching.Index;

/// <summary>One query's commute minutes per (home point, transport modes): the table is asked once
/// per distinct pair instead of once per candidate. Same table, same answers, so exactness holds.
/// The arrays are pooled: a query must not leave megabytes of garbage behind (large-object heap).</summary>
internal sealed class CommuteEstimateCache : IDisposable
{
    private const int ModeCombinations = 16;
    private const int NotAsked = 0, Unreachable = -1;

    private readonly ICommuteTable _table;
    private readonly HomePointRegistry.Snapshot _points;
    // minutes + 1, NotAsked or Unreachable; flat, filled lazily: most queries touch a few points.
    private readonly int[] _minutes;
    // Per point: the commute factor no resident can beat; NaN until asked, -1 when nobody there can reach.
    private readonly double[] _pointBound;

    public CommuteEstimateCache(ICommuteTable table, HomePointRegistry.Snapshot points)
    {
        _table = table;
        _points = points;
        _minutes = ArrayPool<int>.Shared.Rent(points.Count * ModeCombinations);
        Array.Clear(_minutes, 0, points.Count * ModeCombinations);
        _pointBound = ArrayPool<double>.Shared.Rent(points.Count);
        Array.Fill(_pointBound, double.NaN, 0, points.Count);
    }

    /// <summary>Registry points known to this query: ids 0 .. PointCount - 1.</summary>
    public int PointCount => _points.Count;

    /// <summary>The best commute minutes from a point with these modes; null when none reaches.</summary>
    public int? Minutes(int pointId, TransportModes modes)
    {
        var i = pointId * ModeCombinations + ((int)modes & (ModeCombinations - 1));
        var m = _minutes[i];
        if (m == NotAsked)
        {
            m = _table.BestMinutes(_points.Point(pointId), modes) is { } minutes ? minutes + 1 : Unreachable;
            _minutes[i] = m;
        }
        return m == Unreachable ? null : m - 1;
    }

    /// <summary>An upper bound of the commute factor of anyone living at the point, or -1 when nobody
    /// there can reach the workplace: the fastest of the union of the residents' modes (ICommuteTable.Best
    /// returns the fastest usable mode, so more modes are never slower) at the largest maximum
    /// (the factor rises with the maximum).</summary>
    public double PointBound(int pointId)
    {
        var bound = _pointBound[pointId];
        if (double.IsNaN(bound))
        {
            var largestMax = _points.LargestMax(pointId);
            bound = Minutes(pointId, _points.Modes(pointId)) is { } m && m <= largestMax
                ? Scoring.ScoringFunction.Commute(m, largestMax)
                : -1;
            _pointBound[pointId] = bound;
        }
        return bound;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_minutes);
        ArrayPool<double>.Shared.Return(_pointBound);
    }
}
