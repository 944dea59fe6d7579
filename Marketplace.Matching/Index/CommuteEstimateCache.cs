using Marketplace.Matching.Commute;

namespace Marketplace.Matching.Index;

/// <summary>One query's commute answers per (home point, transport modes): the table is asked once
/// per distinct pair instead of once per candidate. Same table, same answers, so exactness holds.</summary>
internal sealed class CommuteEstimateCache(ICommuteTable table, HomePointRegistry homes, int pointCount)
{
    private const int ModeCombinations = 16;
    private const TransportModes AllModes = TransportModes.Walk | TransportModes.Bike | TransportModes.PublicTransport | TransportModes.Car;
    // Marks "asked, and no usable mode reaches": distinguishes a cached null from "not asked yet".
    private static readonly CommuteEstimate Unreachable = new(-1, CommuteMode.Walk);

    // Jagged and filled lazily: most queries touch only the points near the workplace.
    private readonly CommuteEstimate?[]?[] _estimates = new CommuteEstimate?[pointCount][];

    public int PointCount => pointCount;

    public CommuteEstimate? Get(int pointId, TransportModes modes)
    {
        var row = _estimates[pointId] ??= new CommuteEstimate?[ModeCombinations];
        var i = (int)modes & (ModeCombinations - 1);
        var e = row[i];
        if (e is null)
        {
            e = table.Best(homes.Point(pointId), modes) ?? Unreachable;
            row[i] = e;
        }
        return ReferenceEquals(e, Unreachable) ? null : e;
    }

    /// <summary>The fastest commute from a point by any mode: no candidate living there can do better.</summary>
    public CommuteEstimate? Fastest(int pointId) => Get(pointId, AllModes);
}
