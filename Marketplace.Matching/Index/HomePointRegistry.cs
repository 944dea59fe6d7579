using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Marketplace.Matching.Commute;
using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Index;

/// <summary>Numbers the distinct home points (a few thousand localities and grid cells) across all
/// segments, so a query computes each point's commute once and a document finds it through its
/// segment's sorted doc-values ordinal. Per point it also keeps the union of the residents'
/// transport modes and their largest maximum commute, maintained when a segment is opened and never
/// lowered (deletes and merges leave them as they are, which only loosens the bound built on
/// them). Also keeps each segment's <see cref="SegmentColumns"/>.</summary>
internal sealed class HomePointRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    // Grown by copying, so a snapshot taken by a query stays valid while writers add points.
    private GeoPoint[] _points = new GeoPoint[256];
    private TransportModes[] _modes = new TransportModes[256];
    private int[] _largestMax = new int[256];
    private int _count;
    // A segment's doc values never change (deletes only mark documents), so its columns are
    // built once per segment core and dropped with it.
    private readonly ConditionalWeakTable<object, SegmentColumns> _columns = [];

    /// <summary>The points as a query sees them; values for a point only ever grow.</summary>
    public readonly record struct Snapshot(GeoPoint[] Points, TransportModes[] ModesAt, int[] LargestMaxAt, int Count)
    {
        public GeoPoint Point(int id) => Points[id];
        public TransportModes Modes(int id) => ModesAt[id];
        public int LargestMax(int id) => LargestMaxAt[id];
    }

    public Snapshot Current()
    {
        lock (_gate) return new Snapshot(_points, _modes, _largestMax, _count);
    }

    /// <summary>The segment's columns; null when the segment has no candidates with a home.</summary>
    public SegmentColumns? Columns(AtomicReader reader)
    {
        if (reader.GetSortedDocValues(CandidateFields.Home) is null) return null;
        return _columns.GetValue(reader.CoreCacheKey, _ =>
        {
            var columns = SegmentColumns.Build(reader, PointIds(reader.GetSortedDocValues(CandidateFields.Home)));
            lock (_gate)
            {
                for (var ord = 0; ord < columns.PointOfOrd.Length; ord++)
                {
                    var id = columns.PointOfOrd[ord];
                    _modes[id] |= columns.ModesAtOrd[ord];
                    _largestMax[id] = Math.Max(_largestMax[id], columns.LargestMaxAtOrd[ord]);
                }
            }
            return columns;
        });
    }

    private int[] PointIds(SortedDocValues values)
    {
        var map = new int[values.ValueCount];
        var bytes = new BytesRef();
        lock (_gate)
        {
            for (var ord = 0; ord < map.Length; ord++)
            {
                values.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                if (!_ids.TryGetValue(key, out var id))
                {
                    id = _count++;
                    if (id == _points.Length)
                    {
                        _points = Grow(_points);
                        _modes = Grow(_modes);
                        _largestMax = Grow(_largestMax);
                    }
                    _ids.Add(key, id);
                    _points[id] = CandidateFields.ParseHomeKey(key);
                }
                map[ord] = id;
            }
        }
        return map;
    }

    private static T[] Grow<T>(T[] array)
    {
        var grown = new T[array.Length * 2];
        array.CopyTo(grown, 0);
        return grown;
    }
}
