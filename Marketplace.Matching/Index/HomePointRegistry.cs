using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Marketplace.Matching.Geo;

namespace Marketplace.Matching.Index;

/// <summary>Numbers the distinct home points (a few thousand localities and grid cells) across all
/// segments, so a query computes each point's commute once and a document finds it through its
/// segment's sorted doc-values ordinal.</summary>
internal sealed class HomePointRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<GeoPoint> _points = [];
    // Ordinals are fixed for a segment's lifetime (deletes do not change doc values), so the
    // ord → point map is cached per segment core and dropped with it.
    private readonly ConditionalWeakTable<object, int[]> _segmentMaps = [];
    private readonly ConditionalWeakTable<object, SegmentDocsByPoint> _segmentDocs = [];

    public int Count
    {
        get { lock (_gate) return _points.Count; }
    }

    public GeoPoint Point(int id)
    {
        lock (_gate) return _points[id];
    }

    /// <summary>ord → point id for one segment; null when the segment has no home values.</summary>
    public int[]? SegmentMap(AtomicReader reader)
    {
        var values = reader.GetSortedDocValues(CandidateFields.Home);
        if (values is null) return null;
        return _segmentMaps.GetValue(reader.CoreCacheKey, _ => Build(values));
    }

    /// <summary>The segment's documents grouped by home ordinal (compressed rows: the documents of
    /// ord o are Docs[Offsets[o] .. Offsets[o + 1]]), so a query reads the documents of the points
    /// it needs without seeking a term per point. Built once per segment with one pass.</summary>
    public SegmentDocsByPoint? SegmentDocs(AtomicReader reader)
    {
        var values = reader.GetSortedDocValues(CandidateFields.Home);
        if (values is null) return null;
        return _segmentDocs.GetValue(reader.CoreCacheKey, _ => SegmentDocsByPoint.Build(values, reader.MaxDoc));
    }

    private int[] Build(SortedDocValues values)
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
                    id = _points.Count;
                    _ids.Add(key, id);
                    _points.Add(CandidateFields.ParseHomeKey(key));
                }
                map[ord] = id;
            }
        }
        return map;
    }
}

internal sealed class SegmentDocsByPoint(int[] offsets, int[] docs)
{
    public int[] Offsets { get; } = offsets;
    public int[] Docs { get; } = docs;

    public static SegmentDocsByPoint Build(SortedDocValues values, int maxDoc)
    {
        var offsets = new int[values.ValueCount + 1];
        for (var d = 0; d < maxDoc; d++)
        {
            var ord = values.GetOrd(d);
            if (ord >= 0) offsets[ord + 1]++;
        }
        for (var o = 0; o < values.ValueCount; o++) offsets[o + 1] += offsets[o];
        var next = offsets[..^1];
        var docs = new int[offsets[^1]];
        for (var d = 0; d < maxDoc; d++)
        {
            var ord = values.GetOrd(d);
            if (ord >= 0) docs[next[ord]++] = d;
        }
        return new SegmentDocsByPoint(offsets, docs);
    }
}
