using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Commute.Transit;

/// <summary>A uniform grid (about 1 km cells) over the stops: finding the stops within walking
/// distance of a home touches a handful of cells instead of every stop.</summary>
public sealed class StopGrid
{
    private const double CellKm = 1.0;
    private const double KmPerDegLat = 111.32;
    private readonly double[] _lat;
    private readonly double[] _lon;
    private readonly double _kmPerDegLon;
    private readonly Dictionary<long, int[]> _cells;

    public StopGrid(double[] lat, double[] lon)
    {
        _lat = lat;
        _lon = lon;
        var meanLat = lat.Length == 0 ? 0 : lat.Average();
        _kmPerDegLon = KmPerDegLat * Math.Max(0.05, Math.Cos(meanLat * Math.PI / 180));
        _cells = Enumerable.Range(0, lat.Length)
            .GroupBy(i => Key(CellX(lon[i]), CellY(lat[i])))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Stops within <paramref name="radiusKm"/> (haversine) with their distance.</summary>
    public IEnumerable<(int Stop, double Km)> Within(GeoPoint p, double radiusKm)
    {
        var result = new List<(int, double)>();
        ForEachWithin(p, radiusKm, (s, km) => result.Add((s, km)));
        return result;
    }

    /// <summary>Allocation-free variant for the hot path (one call per candidate).</summary>
    public void ForEachWithin<TState>(GeoPoint p, double radiusKm, ref TState state, StopVisitor<TState> visit)
    {
        var span = (int)Math.Ceiling(radiusKm / CellKm);
        // Cells are 1 km wide at the mean latitude; further north they are narrower, so widen the x span.
        var localKmPerDegLon = KmPerDegLat * Math.Max(0.05, Math.Cos(p.Lat * Math.PI / 180));
        var spanX = (int)Math.Ceiling(radiusKm / CellKm * _kmPerDegLon / localKmPerDegLon);
        var cx = CellX(p.Lon);
        var cy = CellY(p.Lat);
        for (var x = cx - spanX; x <= cx + spanX; x++)
        {
            for (var y = cy - span; y <= cy + span; y++)
            {
                if (!_cells.TryGetValue(Key(x, y), out var stops)) continue;
                foreach (var s in stops)
                {
                    // Cheap flat-earth bound first (1 % slack); haversine only for the few that pass.
                    var dy = (_lat[s] - p.Lat) * KmPerDegLat;
                    var dx = (_lon[s] - p.Lon) * localKmPerDegLon;
                    if ((dx * dx) + (dy * dy) > radiusKm * radiusKm * 1.0201) continue;
                    var km = p.DistanceKm(new GeoPoint(_lat[s], _lon[s]));
                    if (km <= radiusKm) visit(ref state, s, km);
                }
            }
        }
    }

    public void ForEachWithin(GeoPoint p, double radiusKm, Action<int, double> visit)
    {
        var state = visit;
        ForEachWithin(p, radiusKm, ref state, static (ref Action<int, double> v, int s, double km) => v(s, km));
    }

    private int CellX(double lon) => (int)Math.Floor(lon * _kmPerDegLon / CellKm);

    private static int CellY(double lat) => (int)Math.Floor(lat * KmPerDegLat / CellKm);

    private static long Key(int x, int y) => ((long)x << 32) | (uint)y;
}

public delegate void StopVisitor<TState>(ref TState state, int stop, double km);
