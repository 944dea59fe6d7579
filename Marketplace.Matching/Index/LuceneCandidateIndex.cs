using Lucene.Net.Analysis.Sv;
using Lucene.Net.Index;
using Lucene.Net.Queries;
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
    // Largest max-commute ever indexed: bounds what an unrelated candidate can score on commute.
    // Deletes never lower it, which only makes the bound looser, never wrong.
    private int _largestMaxCommute;

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
            RAMBufferSizeMB = 256,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _largestMaxCommute = ScanLargestMaxCommute();
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
            _largestMaxCommute = Math.Max(_largestMaxCommute, candidate.MaxCommuteMinutes);
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
            var largest = 0;
            foreach (var c in candidates)
            {
                _writer.AddDocument(CandidateFields.ToLucene(c));
                largest = Math.Max(largest, c.MaxCommuteMinutes);
            }
            _writer.Commit();
            _largestMaxCommute = largest;
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
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves) _homes.SegmentMap(leaf.AtomicReader);
            var cache = new CommuteEstimateCache(commute, _homes, _homes.Count);
            var collector = new ScoringCollector(q, weights, cache, _homes, k);
            var relevant = RelevanceQuery(q);

            // Phase 1: candidates with any requested or related skill, experience in the group or interest in it.
            searcher.Search(Searchable(must: relevant), collector);

            // Phase 2: everyone else has skills = interest = 0, so their score is at most the bound of
            // their home point. Only points whose bound reaches the current k-th score can contribute
            // (≥, not >, because an equal score with a lower id still wins the tie).
            var points = PointsWorthScanning(cache, weights, collector.Top.Threshold, Volatile.Read(ref _largestMaxCommute));
            if (points.Count > 0)
            {
                var filter = new TermsFilter(CandidateFields.Home, points.Select(p => new BytesRef(_homes.Key(p))).ToArray());
                searcher.Search(Searchable(mustNot: relevant), filter, collector);
            }

            return collector.Top.Results().Select(r =>
            {
                var doc = CandidateFields.FromStored(searcher.Doc(r.Payload));
                return new MatchResult(r.Id, r.Score, ExplanationBuilder.Build(doc, q, commute.Best(doc.Home, doc.Modes), weights));
            }).ToArray();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static List<int> PointsWorthScanning(CommuteEstimateCache cache, MatchWeights weights, double threshold, int largestMax)
    {
        var points = new List<int>();
        for (var p = 0; p < cache.PointCount; p++)
        {
            if (cache.Fastest(p) is not { } fastest || fastest.Minutes > largestMax) continue;
            if (ScoringFunction.UnrelatedCandidateBound(weights, fastest.Minutes, largestMax) >= threshold) points.Add(p);
        }
        return points;
    }

    private static ConstantScoreQuery RelevanceQuery(PlacementQuery q)
    {
        var terms = new List<Term>();
        terms.AddRange(q.Required.Concat(q.NiceToHave).Concat(q.Related).Select(s => new Term(CandidateFields.Skill, s)));
        terms.Add(new Term(CandidateFields.ExperienceGroup, q.Placement.GroupId));
        terms.Add(new Term(CandidateFields.Interest, q.Placement.GroupId));
        if (q.Placement.OccupationFieldId is { } field) terms.Add(new Term(CandidateFields.Interest, field));
        // A constant-score terms filter: any one term makes a candidate relevant; no clause limit.
        return new ConstantScoreQuery(new TermsFilter(terms));
    }

    private static BooleanQuery Searchable(Query? must = null, Query? mustNot = null)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(CandidateFields.Searchable, CandidateFields.SearchableYes)), Occur.MUST },
        };
        if (must is not null) query.Add(must, Occur.MUST);
        if (mustNot is not null) query.Add(mustNot, Occur.MUST_NOT);
        return query;
    }

    private int ScanLargestMaxCommute()
    {
        var s = _searchers.Acquire();
        try
        {
            var largest = 0;
            foreach (var leaf in s.IndexReader.Leaves)
            {
                var values = leaf.AtomicReader.GetNumericDocValues(CandidateFields.MaxCommute);
                if (values is null) continue;
                for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++) largest = Math.Max(largest, (int)values.Get(d));
            }
            return largest;
        }
        finally
        {
            _searchers.Release(s);
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
