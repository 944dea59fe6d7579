using Lucene.Net.Analysis.Sv;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Explanations;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marketplace.Matching.Index;

/// <summary>The embedded candidate index: Lucene.NET on disk (or in memory for tests), near-real-time
/// reader refreshed on every write, exact top-k (docs/decisions/0003-matching-index-exactness.md).</summary>
public sealed class LuceneCandidateIndex : ICandidateIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly TaxonomyData _taxonomy;
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly HomePointRegistry _homes = new();
    private readonly System.Threading.Lock _writeGate = new();

    /// <summary>Opens or creates an index in <paramref name="path"/> (FSDirectory).</summary>
    public LuceneCandidateIndex(string path, TaxonomyData taxonomy)
        : this(FSDirectory.Open(path), taxonomy)
    {
    }

    /// <summary>Any Lucene directory; tests pass a RAMDirectory.</summary>
    public LuceneCandidateIndex(LuceneDirectory directory, TaxonomyData taxonomy)
    {
        _taxonomy = taxonomy;
        _directory = directory;
        // Swedish analysis for any free-text field; the structured fields are untokenised StringFields.
        var config = new IndexWriterConfig(Version, new SwedishAnalyzer(Version))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 512,
            // Fewer file rewrites while building; the index lives in its own folder anyway.
            UseCompoundFile = false,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new WarmingSearcherFactory(_homes));
    }

    public int Count
    {
        get
        {
            var s = _searchers.Acquire();
            try { return s.IndexReader.NumDocs; }
            finally { _searchers.Release(s); }
        }
    }

    public void Upsert(CandidateDocument candidate)
    {
        lock (_writeGate)
        {
            _writer.UpdateDocument(new Term(CandidateFields.Id, CandidateFields.IdTerm(candidate.Id)), CandidateFields.ToLucene(candidate));
            // Near-real-time: the next query sees the change without a commit (fsync).
            _searchers.MaybeRefreshBlocking();
        }
    }

    public void Delete(long candidateId)
    {
        lock (_writeGate)
        {
            _writer.DeleteDocuments(new Term(CandidateFields.Id, CandidateFields.IdTerm(candidateId)));
            _searchers.MaybeRefreshBlocking();
        }
    }

    public void Rebuild(IEnumerable<CandidateDocument> candidates)
    {
        lock (_writeGate)
        {
            _writer.DeleteAll();
            // IndexWriter takes documents from several threads; building a document is most of the cost.
            Parallel.ForEach(candidates, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                c => _writer.AddDocument(CandidateFields.ToLucene(c)));
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Makes writes durable; upserts are visible before this, through the near-real-time reader.</summary>
    public void Commit()
    {
        lock (_writeGate) _writer.Commit();
    }

    public IReadOnlyList<MatchResult> TopK(PlacementDocument placement, MatchWeights weights, int k, ICommuteTable commute)
    {
        var q = new PlacementQuery(placement, _taxonomy);
        var searcher = _searchers.Acquire();
        ScoringCollector.Segment[] segments = [];
        try
        {
            var leaves = searcher.IndexReader.Leaves;
            // Columns first: opening a segment may add points the snapshot must include.
            var columns = leaves.Select(l => (Leaf: l, Columns: _homes.Columns(l.AtomicReader))).ToArray();
            using var cache = new CommuteEstimateCache(commute, _homes.Current());
            var collector = new ScoringCollector(q, weights, cache, k);
            segments = columns.Where(c => c.Columns is not null).Select(c => collector.Open(c.Leaf, c.Columns!)).ToArray();

            // Pass 1: a required skill, experience in the group or interest in it. Usually few, and
            // they hold the top scores, which lets the later passes prune.
            if (collector.BeginPass(ScoringCollector.Tier.Requested, ScoringCollector.Tier.Requested, 1.0, 1.0))
            {
                FromPostingsByPoint(collector, segments, RequestedTerms(q));
            }
            // Everyone else has no required skill, no experience and no interest, so their score is
            // bounded by the best skills they could still have (pass 2: every nice-to-have; pass 3:
            // related skills only, or none), by their home point's commute and by their own Swedish
            // and commute. A pass, a home point or a candidate whose bound is below the current
            // k-th score is skipped (an equal score is read: a lower id still wins the tie).
            if (q.NiceToHave.Length > 0
                && collector.BeginPass(ScoringCollector.Tier.NiceToHave, ScoringCollector.Tier.NiceToHave, ScoreBounds.SkillsWithoutRequired(q, withNiceToHave: true), 0.0))
            {
                FromPostingsByPoint(collector, segments, SkillTerms(q.NiceToHave));
            }
            // Related skills are common (hundreds of thousands of postings at 1 M), so the last pass
            // reads home points instead: only the points whose bound reaches the k-th score.
            var restSkills = q.Related.Length > 0 ? ScoreBounds.SkillsWithoutRequired(q, withNiceToHave: false) : 0.0;
            if (collector.BeginPass(ScoringCollector.Tier.Related, ScoringCollector.Tier.Unrelated, restSkills, 0.0))
            {
                ByHomePoint(collector, segments, q.LicenceMask);
            }

            return collector.Top.Results().Select(r =>
            {
                var leaf = leaves[ReaderUtil.SubIndex(r.Payload, leaves)];
                var doc = CandidateFields.FromDocValues(leaf.AtomicReader, r.Payload - leaf.DocBase);
                return new MatchResult(r.Id, r.Score, ExplanationBuilder.Build(doc, q, commute.Best(doc.Home, doc.Modes), weights));
            }).ToArray();
        }
        finally
        {
            foreach (var s in segments) s.Dispose();
            _searchers.Release(searcher);
        }
    }

    /// <summary>Every live document with any of the terms, straight from the postings (no bit sets,
    /// no query objects). The postings of all segments are grouped by home point and read in
    /// descending order of the point's commute bound (nearest comfortable commutes first), so the
    /// k-th score forms early; once a point's bound is below the k-th score, so are all after it,
    /// and the rest is skipped. The order does not change the result: the top k is
    /// ranked by (score, id), and nothing is skipped unless its bound is below the k-th score.</summary>
    private static void FromPostingsByPoint(ScoringCollector collector, ScoringCollector.Segment[] segments, List<Term> terms)
    {
        var pool = System.Buffers.ArrayPool<int>.Shared;
        var grouped = new (int[] Start, int[] Docs)[segments.Length];
        var docs = pool.Rent(1024);
        try
        {
            for (var si = 0; si < segments.Length; si++)
            {
                var segment = segments[si];
                var reader = segment.Context.AtomicReader;
                var facts = segment.Columns.Facts;
                var ords = segment.Columns.PointOfOrd.Length;
                var start = pool.Rent(ords + 2);
                Array.Clear(start, 0, ords + 2);
                var n = 0;
                foreach (var term in terms)
                {
                    var e = reader.GetTermDocsEnum(term); // live documents only
                    if (e is null) continue;
                    for (var d = e.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = e.NextDoc())
                    {
                        var ord = facts[d].HomeOrd;
                        // No home, or out on a constraint the facts show: the collector would drop it.
                        if (ord < 0 || !collector.MayQualify(facts[d])) continue;
                        if (n == docs.Length)
                        {
                            var bigger = pool.Rent(docs.Length * 2);
                            docs.AsSpan(0, n).CopyTo(bigger);
                            pool.Return(docs);
                            docs = bigger;
                        }
                        docs[n++] = d;
                        start[ord + 2]++;
                    }
                }
                // Counting sort by ord: the documents of ord o end up in [start[o], start[o + 1]).
                for (var o = 2; o < ords + 2; o++) start[o] += start[o - 1];
                var byOrd = pool.Rent(Math.Max(n, 1));
                for (var i = 0; i < n; i++) byOrd[start[facts[docs[i]].HomeOrd + 1]++] = docs[i];
                grouped[si] = (start, byOrd);
            }

            // Every non-empty (segment, point) group that can be reached, read by descending point bound.
            var order = ByBound();
            for (var si = 0; si < segments.Length; si++)
            {
                collector.Use(segments[si]);
                var start = grouped[si].Start;
                for (var o = 0; o < segments[si].Columns.PointOfOrd.Length; o++)
                {
                    if (start[o + 1] == start[o]) continue;
                    var bound = collector.PointBound(o);
                    if (bound >= 0) order.Enqueue(((long)si << 32) | (uint)o, -bound);
                }
            }
            var current = -1;
            while (order.TryDequeue(out var group, out _))
            {
                var si = (int)(group >> 32);
                var o = (int)group;
                if (si != current) collector.Use(segments[current = si]);
                // Bounds only fall from here on and the k-th score only rises.
                if (!collector.MayReach(o)) break;
                var (start, byOrd) = grouped[si];
                var facts = segments[si].Columns.Facts;
                for (var j = start[o]; j < start[o + 1]; j++) collector.Collect(byOrd[j], facts[byOrd[j]], fromPostings: true);
            }
        }
        finally
        {
            pool.Return(docs);
            foreach (var (start, byOrd) in grouped)
            {
                if (start is not null) pool.Return(start);
                if (byOrd is not null) pool.Return(byOrd);
            }
        }
    }

    /// <summary>Every live document, home point by home point, points in descending order of their
    /// commute bound (nearest comfortable commutes first, so the k-th score rises before farther
    /// points are judged); the first point whose bound is below the k-th score ends the pass, since
    /// every later bound is lower and the k-th score only rises. A point's residents are read
    /// highest Swedish first, and the first whose Swedish rules them out ends that point. When the
    /// placement requires a licence held by few, only holders of a satisfying class are read, each
    /// once (under the lowest satisfying class bit).</summary>
    private static void ByHomePoint(ScoringCollector collector, ScoringCollector.Segment[] segments, int licenceMask)
    {
        // Per segment: read a required licence's holder rows, or every resident when it is common.
        var byLicence = segments.Select(s => licenceMask != 0 && s.Columns.FewHolders(licenceMask)).ToArray();
        var count = collector.PointCount;
        var order = ByBound();
        for (var p = 0; p < count; p++)
        {
            if (collector.MayReachPoint(p)) order.Enqueue(p, -collector.PointBoundOf(p));
        }
        while (order.TryDequeue(out var next, out var negativeBound))
        {
            var point = (int)next;
            if (!collector.MayReachPoint(point)) break;
            var bound = -negativeBound;
            for (var si = 0; si < segments.Length; si++)
            {
                var segment = segments[si];
                var c = segment.Columns;
                var ord = c.OrdOf(point);
                if (ord < 0) continue;
                collector.Use(segment);
                var live = segment.Context.AtomicReader.LiveDocs;
                for (var bit = -1; bit < PackedFacts.LicenceBits; bit++)
                {
                    // bit -1: every resident (the facts check any licence); otherwise the holders of one satisfying class.
                    if (bit < 0 ? byLicence[si] : !byLicence[si] || (licenceMask & (1 << bit)) == 0) continue;
                    var lower = bit < 0 ? 0 : licenceMask & ((1 << bit) - 1);
                    var rows = bit < 0 ? c.Residents : c.LicenceHolders;
                    var row = bit < 0 ? ord : c.LicenceRow(bit, ord);
                    var docs = rows.Docs(row);
                    var facts = rows.Facts(row);
                    var checkedSwedish = -1;
                    for (var j = 0; j < docs.Length; j++)
                    {
                        var f = facts[j];
                        var packed = f.Unpacked;
                        if (packed.SwedishEncoded != checkedSwedish)
                        {
                            // Rows are ordered by Swedish descending: nobody after this one can do better.
                            if (!collector.MayReachWithSwedish(bound, packed.SwedishEncoded)) break;
                            checkedSwedish = packed.SwedishEncoded;
                        }
                        if (lower != 0 && (packed.LicenceMask & lower) != 0) continue; // read under a lower bit
                        if (!collector.MayQualify(f)) continue;
                        if (live is null || live.Get(docs[j])) collector.Collect(docs[j], f, fromPostings: false);
                    }
                }
            }
        }
    }

    /// <summary>A per-thread queue for reading groups best bound first. A heap orders only what is
    /// read (often a hundred groups of thousands), which a full sort of every group did not, and it
    /// is reused, so a query allocates nothing for it.</summary>
    [ThreadStatic]
    private static PriorityQueue<long, double>? t_byBound;

    private static PriorityQueue<long, double> ByBound()
    {
        var queue = t_byBound ??= new PriorityQueue<long, double>();
        queue.Clear();
        return queue;
    }

    private static List<Term> SkillTerms(IEnumerable<string> skills) => skills.Select(s => new Term(CandidateFields.Skill, s)).ToList();

    private static List<Term> RequestedTerms(PlacementQuery q)
    {
        var terms = SkillTerms(q.Required);
        terms.Add(new Term(CandidateFields.ExperienceGroup, q.Placement.GroupId));
        terms.Add(new Term(CandidateFields.Interest, q.Placement.GroupId));
        if (q.Placement.OccupationFieldId is { } field) terms.Add(new Term(CandidateFields.Interest, field));
        return terms;
    }

    /// <summary>Builds the columns of new segments when a reader opens (on write), so the first
    /// query after a write or merge does not pay for them.</summary>
    private sealed class WarmingSearcherFactory(HomePointRegistry homes) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves) homes.Columns(leaf.AtomicReader);
            return new IndexSearcher(reader);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Commit();
        _writer.Dispose();
        _directory.Dispose();
    }
}

