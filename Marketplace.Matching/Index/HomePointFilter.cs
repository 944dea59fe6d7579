using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marketplace.Matching.Index;

/// <summary>Documents whose home point is allowed, as a bit set built from the segment's
/// documents-by-point rows: cost proportional to the documents at allowed points, no term seeks.</summary>
internal sealed class HomePointFilter(HomePointRegistry homes, bool[] allowedPoints) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var map = homes.SegmentMap(reader);
        var rows = homes.SegmentDocs(reader);
        if (map is null || rows is null) return null;
        var bits = new FixedBitSet(reader.MaxDoc);
        var any = false;
        for (var ord = 0; ord < map.Length; ord++)
        {
            if (!allowedPoints[map[ord]]) continue;
            for (var i = rows.Offsets[ord]; i < rows.Offsets[ord + 1]; i++)
            {
                var doc = rows.Docs[i];
                if (acceptDocs is null || acceptDocs.Get(doc))
                {
                    bits.Set(doc);
                    any = true;
                }
            }
        }
        return any ? bits : null;
    }
}
