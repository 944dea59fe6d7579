using Lucene.Net.Index;
using Marketplace.Matching.Commute;

namespace Marketplace.Matching.Index;

/// <summary>What the collector checks first about a document, 16 bytes, so one memory read brings
/// all of it: the <see cref="PackedFacts"/> value, the home ordinal (-1 without a home) and the day
/// the candidate is available from.</summary>
internal readonly record struct DocFacts(long Packed, int HomeOrd, int AvailableDay)
{
    public PackedFacts Unpacked => PackedFacts.Unpack(Packed);
}

/// <summary>Documents grouped into rows (row r is <see cref="Docs"/>[Offsets[r] .. Offsets[r + 1]]),
/// each with a copy of its <see cref="DocFacts"/> beside it: a query walking a row reads its facts
/// sequentially and touches a document's other arrays only when the cheap checks pass.</summary>
internal sealed class DocRows(int[] offsets, int[] docs, DocFacts[] facts)
{
    public static readonly DocRows Empty = new([0], [], []);

    public int[] Offsets { get; } = offsets;
    public ReadOnlySpan<int> Docs(int row) => docs.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);
    public ReadOnlySpan<DocFacts> Facts(int row) => facts.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);
}

/// <summary>One segment's hot values as plain arrays (read on every document a query looks at, far
/// cheaper than doc-values calls): each document's <see cref="DocFacts"/>, the documents grouped by
/// home ordinal and, per licence class, the holders grouped by home ordinal (both highest Swedish
/// first), and each document's skill, experience and interest ordinals. Per ordinal it also keeps
/// the union of the residents' modes and their largest maximum commute.</summary>
internal sealed class SegmentColumns
{
    private SegmentColumns(int maxDoc, int ords)
    {
        Facts = new DocFacts[maxDoc];
        ModesAtOrd = new TransportModes[ords];
        LargestMaxAtOrd = new int[ords];
    }

    /// <summary>Home ordinal → registry point id.</summary>
    public int[] PointOfOrd { get; private init; } = [];
    /// <summary>Registry point id → home ordinal in this segment, -1 when nobody here lives there.</summary>
    private int[] OrdOfPoint { get; init; } = [];
    /// <summary>Document → its facts.</summary>
    public DocFacts[] Facts { get; }
    public TransportModes[] ModesAtOrd { get; }
    public int[] LargestMaxAtOrd { get; }
    public OrdLists Skills { get; private init; } = OrdLists.Empty;
    public OrdLists Experience { get; private init; } = OrdLists.Empty;
    public OrdLists Interests { get; private init; } = OrdLists.Empty;
    /// <summary>Row o: the documents living at ord o, highest Swedish first.</summary>
    public DocRows Residents { get; private set; } = DocRows.Empty;
    /// <summary>Row b × (ords + 1) + o: holders of licence class bit b living at ord o, in the
    /// residents' order. A placement that requires a licence reads only holders of a satisfying class.</summary>
    public DocRows LicenceHolders { get; private set; } = DocRows.Empty;

    public int LicenceRow(int bit, int ord) => bit * (PointOfOrd.Length + 1) + ord;

    /// <summary>True when the holders of the classes in <paramref name="licenceMask"/> are few enough
    /// (under half the residents, counting a holder of two classes twice) that reading their rows
    /// beats reading every resident and dropping the rest by their facts.</summary>
    public bool FewHolders(int licenceMask)
    {
        var stride = PointOfOrd.Length + 1;
        long holders = 0;
        for (var b = 0; b < PackedFacts.LicenceBits; b++)
        {
            if ((licenceMask & (1 << b)) != 0) holders += LicenceHolders.Offsets[(b + 1) * stride] - LicenceHolders.Offsets[b * stride];
        }
        return holders * 2 < Residents.Offsets[^1];
    }

    /// <summary>This segment's ordinal of a registry point, -1 when nobody in the segment lives there.</summary>
    public int OrdOf(int pointId) => (uint)pointId < (uint)OrdOfPoint.Length ? OrdOfPoint[pointId] : -1;

    public static SegmentColumns Build(AtomicReader reader, int[] pointOfOrd)
    {
        var maxDoc = reader.MaxDoc;
        var home = reader.GetSortedDocValues(CandidateFields.Home);
        var packedValues = reader.GetNumericDocValues(CandidateFields.Packed);
        var availValues = reader.GetNumericDocValues(CandidateFields.AvailableDay);
        var ordOfPoint = new int[pointOfOrd.Length == 0 ? 0 : pointOfOrd.Max() + 1];
        Array.Fill(ordOfPoint, -1);
        for (var o = 0; o < pointOfOrd.Length; o++) ordOfPoint[pointOfOrd[o]] = o;
        var c = new SegmentColumns(maxDoc, pointOfOrd.Length)
        {
            PointOfOrd = pointOfOrd,
            OrdOfPoint = ordOfPoint,
            Skills = OrdLists.Build(reader.GetSortedSetDocValues(CandidateFields.Skill), maxDoc),
            Experience = OrdLists.Build(reader.GetSortedSetDocValues(CandidateFields.ExperienceYears), maxDoc),
            Interests = OrdLists.Build(reader.GetSortedSetDocValues(CandidateFields.Interest), maxDoc),
        };
        for (var d = 0; d < maxDoc; d++)
        {
            var f = new DocFacts(packedValues.Get(d), home.GetOrd(d), (int)availValues.Get(d));
            c.Facts[d] = f;
            if (f.HomeOrd < 0) continue;
            var facts = f.Unpacked;
            c.ModesAtOrd[f.HomeOrd] |= facts.Modes;
            c.LargestMaxAtOrd[f.HomeOrd] = Math.Max(c.LargestMaxAtOrd[f.HomeOrd], facts.MaxCommuteMinutes);
        }
        var bySwedish = c.DocsBySwedish();
        c.Residents = c.Rows(bySwedish, pointOfOrd.Length, byLicence: false);
        c.LicenceHolders = c.Rows(bySwedish, PackedFacts.LicenceBits * (pointOfOrd.Length + 1), byLicence: true);
        return c;
    }

    /// <summary>Every document with a home, each point's residents together and ordered by Swedish
    /// level (encoded, with progress) descending, then by document. The last pass reads a point's
    /// residents in this order and stops at the first whose Swedish cannot pass the requirement or
    /// reach the k-th score: the constraint and the language factor only rise with the level.</summary>
    private int[] DocsBySwedish()
    {
        var offsets = new int[ModesAtOrd.Length + 1];
        foreach (var f in Facts)
        {
            if (f.HomeOrd >= 0) offsets[f.HomeOrd + 1]++;
        }
        for (var o = 1; o < offsets.Length; o++) offsets[o] += offsets[o - 1];
        // Key: Swedish descending (12 bits, inverted) above the document number, sorted per point,
        // so the order is deterministic.
        var keys = new long[offsets[^1]];
        var next = offsets[..^1];
        for (var d = 0; d < Facts.Length; d++)
        {
            var f = Facts[d];
            if (f.HomeOrd < 0) continue;
            keys[next[f.HomeOrd]++] = ((long)(PackedFacts.MaxSwedishEncoded - f.Unpacked.SwedishEncoded) << 32) | (uint)d;
        }
        for (var o = 0; o + 1 < offsets.Length; o++) Array.Sort(keys, offsets[o], offsets[o + 1] - offsets[o]);
        return Array.ConvertAll(keys, k => (int)(k & 0xFFFF_FFFF));
    }

    /// <summary>Rows in the order of <paramref name="docs"/>: by home ordinal, or (when
    /// <paramref name="byLicence"/>) by licence class bit × (ords + 1) + home ordinal, a document
    /// appearing once per class it holds.</summary>
    private DocRows Rows(int[] docs, int rowCount, bool byLicence)
    {
        var stride = ModesAtOrd.Length + 1;
        var offsets = new int[rowCount + 1];
        int[] next = [], rowDocs = [];
        DocFacts[] rowFacts = [];
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var d in docs)
            {
                var f = Facts[d];
                var mask = byLicence ? f.Unpacked.LicenceMask : 1;
                for (var b = 0; mask != 0; b++, mask >>= 1)
                {
                    if ((mask & 1) == 0) continue;
                    var row = b * stride + f.HomeOrd;
                    if (pass == 0)
                    {
                        offsets[row + 1]++;
                    }
                    else
                    {
                        rowDocs[next[row]] = d;
                        rowFacts[next[row]++] = f;
                    }
                }
            }
            if (pass == 0)
            {
                for (var r = 1; r < offsets.Length; r++) offsets[r] += offsets[r - 1];
                next = offsets[..^1];
                rowDocs = new int[offsets[^1]];
                rowFacts = new DocFacts[offsets[^1]];
            }
        }
        return new DocRows(offsets, rowDocs, rowFacts);
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
