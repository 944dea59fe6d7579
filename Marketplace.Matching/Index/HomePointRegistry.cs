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

/// <summary>One segment's hot values as plain arrays (read on every document a query looks at, far
/// cheaper than doc-values calls): packed facts, availability, home ordinal, the documents grouped
/// by home ordinal (rows: the documents of ord o are <see cref="Docs"/>[<see cref="Offsets"/>[o] ..
/// Offsets[o + 1]]) and each document's skill, experience and interest ordinals. Per ordinal it also
/// keeps the union of the residents' modes and their largest maximum commute.</summary>
internal sealed class SegmentColumns
{
    private SegmentColumns(int maxDoc, int ords)
    {
        HomeOrd = new int[maxDoc];
        Packed = new long[maxDoc];
        AvailableDay = new int[maxDoc];
        Offsets = new int[ords + 1];
        ModesAtOrd = new TransportModes[ords];
        LargestMaxAtOrd = new int[ords];
    }

    /// <summary>Home ordinal → registry point id.</summary>
    public int[] PointOfOrd { get; private init; } = [];
    /// <summary>Document → home ordinal, -1 without a home.</summary>
    public int[] HomeOrd { get; }
    /// <summary>Document → <see cref="PackedFacts"/> value.</summary>
    public long[] Packed { get; }
    public int[] AvailableDay { get; }
    public int[] Offsets { get; }
    public int[] Docs { get; private set; } = [];
    public TransportModes[] ModesAtOrd { get; }
    public int[] LargestMaxAtOrd { get; }
    public OrdLists Skills { get; private init; } = OrdLists.Empty;
    public OrdLists Experience { get; private init; } = OrdLists.Empty;
    public OrdLists Interests { get; private init; } = OrdLists.Empty;
    /// <summary>Per licence class bit, the holders grouped by home ordinal: the documents of (bit b,
    /// ord o) are <see cref="LicenceDocs"/>[LicenceOffsets[b * (ords + 1) + o] .. [b * (ords + 1) + o + 1]].
    /// A placement that requires a licence reads only holders of a satisfying class.</summary>
    public int[] LicenceOffsets { get; private set; } = [];
    public int[] LicenceDocs { get; private set; } = [];

    /// <summary>Holders of licence class <paramref name="bit"/> living at <paramref name="ord"/>.</summary>
    public ReadOnlySpan<int> LicenceHolders(int bit, int ord)
    {
        var i = bit * (PointOfOrd.Length + 1) + ord;
        return LicenceDocs.AsSpan(LicenceOffsets[i], LicenceOffsets[i + 1] - LicenceOffsets[i]);
    }

    public ReadOnlySpan<int> Residents(int ord) => Docs.AsSpan(Offsets[ord], Offsets[ord + 1] - Offsets[ord]);

    public static SegmentColumns Build(AtomicReader reader, int[] pointOfOrd)
    {
        var maxDoc = reader.MaxDoc;
        var home = reader.GetSortedDocValues(CandidateFields.Home);
        var packedValues = reader.GetNumericDocValues(CandidateFields.Packed);
        var availValues = reader.GetNumericDocValues(CandidateFields.AvailableDay);
        var c = new SegmentColumns(maxDoc, pointOfOrd.Length)
        {
            PointOfOrd = pointOfOrd,
            Skills = OrdLists.Build(reader.GetSortedSetDocValues(CandidateFields.Skill), maxDoc),
            Experience = OrdLists.Build(reader.GetSortedSetDocValues(CandidateFields.ExperienceYears), maxDoc),
            Interests = OrdLists.Build(reader.GetSortedSetDocValues(CandidateFields.Interest), maxDoc),
        };
        for (var d = 0; d < maxDoc; d++)
        {
            var ord = home.GetOrd(d);
            c.HomeOrd[d] = ord;
            c.Packed[d] = packedValues.Get(d);
            c.AvailableDay[d] = (int)availValues.Get(d);
            if (ord < 0) continue;
            c.Offsets[ord + 1]++;
            var facts = PackedFacts.Unpack(c.Packed[d]);
            c.ModesAtOrd[ord] |= facts.Modes;
            c.LargestMaxAtOrd[ord] = Math.Max(c.LargestMaxAtOrd[ord], facts.MaxCommuteMinutes);
        }
        for (var o = 0; o < pointOfOrd.Length; o++) c.Offsets[o + 1] += c.Offsets[o];
        var next = c.Offsets[..^1];
        c.Docs = new int[c.Offsets[^1]];
        for (var d = 0; d < maxDoc; d++)
        {
            var ord = c.HomeOrd[d];
            if (ord >= 0) c.Docs[next[ord]++] = d;
        }
        c.BuildLicenceRows();
        return c;
    }

    private void BuildLicenceRows()
    {
        var stride = PointOfOrd.Length + 1;
        var offsets = new int[PackedFacts.LicenceBits * stride + 1];
        // Rows in ord order (Docs), so each (bit, ord) row lists its documents in increasing order.
        foreach (var d in Docs)
        {
            var mask = PackedFacts.Unpack(Packed[d]).LicenceMask;
            for (var b = 0; mask != 0; b++, mask >>= 1)
            {
                if ((mask & 1) != 0) offsets[b * stride + HomeOrd[d] + 1]++;
            }
        }
        for (var i = 1; i < offsets.Length; i++) offsets[i] += offsets[i - 1];
        var next = offsets[..^1];
        var docs = new int[offsets[^1]];
        foreach (var d in Docs)
        {
            var mask = PackedFacts.Unpack(Packed[d]).LicenceMask;
            for (var b = 0; mask != 0; b++, mask >>= 1)
            {
                if ((mask & 1) != 0) docs[next[b * stride + HomeOrd[d]]++] = d;
            }
        }
        LicenceOffsets = offsets;
        LicenceDocs = docs;
    }
}

/// <summary>A sorted-set doc-values field as plain arrays: the ords of document d are
/// <see cref="Ords"/>[<see cref="Offsets"/>[d] .. Offsets[d + 1]].</summary>
internal sealed class OrdLists(int[] offsets, int[] ords)
{
    public static readonly OrdLists Empty = new([], []);

    public int[] Offsets { get; } = offsets;
    public int[] Ords { get; } = ords;
    public bool IsEmpty => Offsets.Length == 0;

    public static OrdLists Build(SortedSetDocValues? values, int maxDoc)
    {
        if (values is null) return Empty;
        var offsets = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc * 2);
        for (var d = 0; d < maxDoc; d++)
        {
            values.SetDocument(d);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords.Add((int)ord);
            offsets[d + 1] = ords.Count;
        }
        return new OrdLists(offsets, ords.ToArray());
    }
}
