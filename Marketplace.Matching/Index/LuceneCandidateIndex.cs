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
            RAMBufferSizeMB = 512,
            // Fewer file rewrites while building; the index lives in its own folder anyway.
            UseCompoundFile = false,
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
            // IndexWriter takes documents from several threads; building a document is most of the cost.
            Parallel.ForEach(candidates, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
            {
                _writer.AddDocument(CandidateFields.ToLucene(c));
                InterlockedMax(ref largest, c.MaxCommuteMinutes);
            });
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
            var largestMax = Volatile.Read(ref _largestMaxCommute);

            // Pass 1: a required skill, experience in the group or interest in it. Usually few, and
            // they hold the top scores, which lets the later passes prune.
            // Only from points that anyone could reach the workplace from (no score threshold yet).
            collector.Pass = ScoringCollector.Tier.Requested;
            SearchNear(searcher, AnyTerm(RequestedTerms(q)), cache, collector, weights, 1.0, largestMax, double.NegativeInfinity);

            // Passes 2–4: everyone else has no required skill, no experience and no interest, so
            // their score is bounded by the best skills they could still have (pass 2: every
            // nice-to-have; pass 3: related skills only; pass 4: none) and by their home point's
            // commute. Only points whose bound reaches the current k-th score are read (≥, not >:
            // an equal score with a lower id still wins the tie), highest bound first so the
            // threshold rises before the larger, weaker groups.
            if (q.NiceToHave.Length > 0)
            {
                collector.Pass = ScoringCollector.Tier.NiceToHave;
                SearchNear(searcher, AnyTerm(SkillTerms(q.NiceToHave)), cache, collector, weights, ScoreBounds.SkillsWithoutRequired(q, withNiceToHave: true), largestMax, collector.Top.Threshold);
            }
            if (q.Related.Length > 0)
            {
                collector.Pass = ScoringCollector.Tier.Related;
                SearchNear(searcher, AnyTerm(SkillTerms(q.Related)), cache, collector, weights, ScoreBounds.SkillsWithoutRequired(q, withNiceToHave: false), largestMax, collector.Top.Threshold);
            }
            collector.Pass = ScoringCollector.Tier.Unrelated;
            SearchNear(searcher, null, cache, collector, weights, 0.0, largestMax, collector.Top.Threshold);

            return collector.Top.Results().Select(r =>
            {
                var leaves = searcher.IndexReader.Leaves;
                var leaf = leaves[ReaderUtil.SubIndex(r.Payload, leaves)];
                var doc = CandidateFields.FromDocValues(leaf.AtomicReader, r.Payload - leaf.DocBase);
                return new MatchResult(r.Id, r.Score, ExplanationBuilder.Build(doc, q, commute.Best(doc.Home, doc.Modes), weights));
            }).ToArray();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void SearchNear(IndexSearcher searcher, Query? query, CommuteEstimateCache cache, ScoringCollector collector,
        MatchWeights weights, double skillsMax, int largestMax, double threshold)
    {
        var allowed = new bool[cache.PointCount];
        var any = false;
        for (var p = 0; p < cache.PointCount; p++)
        {
            if (cache.Fastest(p) is not { } fastest || fastest.Minutes > largestMax) continue;
            if (ScoreBounds.WithoutInterest(weights, skillsMax, fastest.Minutes, largestMax) >= threshold)
            {
                allowed[p] = true;
                any = true;
            }
        }
        if (!any) return;
        var near = new ConstantScoreQuery(new HomePointFilter(_homes, allowed));
        if (query is null)
        {
            searcher.Search(near, collector);
        }
        else
        {
            // Both sides are bit sets built from postings; the conjunction leapfrogs them, so the
            // collector only sees documents that are near and have a related skill.
            searcher.Search(new BooleanQuery { { query, Occur.MUST }, { near, Occur.MUST } }, collector);
        }
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

    /// <summary>Documents with any of the terms, constant score, no clause limit.</summary>
    private static ConstantScoreQuery AnyTerm(List<Term> terms) => new(new TermsFilter(terms));

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }

    private int ScanLargestMaxCommute()
    {
        var s = _searchers.Acquire();
        try
        {
            var largest = 0;
            foreach (var leaf in s.IndexReader.Leaves)
            {
                var values = leaf.AtomicReader.GetNumericDocValues(CandidateFields.Packed);
                if (values is null) continue;
                for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
                {
                    largest = Math.Max(largest, PackedFacts.Unpack(values.Get(d)).MaxCommuteMinutes);
                }
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
