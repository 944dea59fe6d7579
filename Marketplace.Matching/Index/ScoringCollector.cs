using Lucene.Net.Index;
using Lucene.Net.Util;
using Marketplace.Matching.Scoring;

namespace Marketplace.Matching.Index;

/// <summary>Scores documents from doc values and keeps the top k. It checks the hard constraints and
/// builds <see cref="ScoreInputs"/> exactly as <see cref="CandidateFacts"/> does from a document,
/// then calls the shared <see cref="ScoringFunction"/>, so its scores equal the brute-force
/// scorer's bit for bit. Before the expensive reads it drops documents whose true upper bound
/// cannot reach the current k-th score (docs/decisions/0003-matching-index-exactness.md).</summary>
internal sealed class ScoringCollector
{
    /// <summary>Which group of candidates the current pass is for. Each document is scored in
    /// exactly one pass: a pass skips documents that belong to another.</summary>
    public enum Tier : byte
    {
        /// <summary>Has a required skill, experience in the group, or asked for the group or field.</summary>
        Requested = 1,
        /// <summary>Otherwise has a nice-to-have skill.</summary>
        NiceToHave,
        /// <summary>Otherwise has a skill the taxonomy relates to the group.</summary>
        Related,
        /// <summary>Everyone else: skills and interest are zero.</summary>
        Unrelated,
    }

    // A skill the placement did not ask for stays 0, the array's default.
    private const byte RequiredSkill = 1, NiceSkill = 2, RelatedSkill = 3;

    private readonly PlacementQuery _q;
    private readonly MatchWeights _weights;
    private readonly CommuteEstimateCache _commute;
    private readonly BytesRef _scratch = new();

    private Tier _first, _last;
    private double _skillsMax, _interestMax;
    private double _threshold = double.NegativeInfinity;
    private Segment _s = null!;

    public ScoringCollector(PlacementQuery q, MatchWeights weights, CommuteEstimateCache commute, int k)
    {
        _q = q;
        _weights = weights;
        _commute = commute;
        Top = new TopKCollector<int>(k);
    }

    /// <summary>Payload: the global Lucene doc number, for rebuilding the document.</summary>
    public TopKCollector<int> Top { get; }

    /// <summary>Starts a pass for the tiers <paramref name="first"/>..<paramref name="last"/>, whose
    /// members' skills and interest factors are at most the given values. False when nobody in
    /// them can reach the top k, even with full language and commute credit: the pass is skipped.</summary>
    public bool BeginPass(Tier first, Tier last, double skillsMax, double interestMax)
    {
        _first = first;
        _last = last;
        _skillsMax = skillsMax;
        _interestMax = interestMax;
        return ScoreBounds.Of(_weights, skillsMax, 1.0, 1.0, interestMax) >= _threshold;
    }

    /// <summary>Per-query state of one segment; opened once and reused by every pass.</summary>
    public Segment Open(AtomicReaderContext context, SegmentColumns columns) => new(_q, context, columns, _scratch);

    public void Use(Segment segment) => _s = segment;

    /// <summary>The commute factor no resident of <paramref name="ord"/> (current segment) can beat; -1 when nobody there can reach.</summary>
    public double PointBound(int ord) => _commute.PointBound(_s.Columns.PointOfOrd[ord]);

    /// <summary>Registry points this query knows: ids 0 .. PointCount - 1.</summary>
    public int PointCount => _commute.PointCount;

    /// <summary>False when nobody living at <paramref name="ord"/> (current segment) can reach the top k in this pass.</summary>
    public bool MayReach(int ord) => MayReachPoint(_s.Columns.PointOfOrd[ord]);

    /// <summary>False when nobody living at registry point <paramref name="pointId"/> can reach the top k in this pass.</summary>
    public bool MayReachPoint(int pointId)
    {
        var commute = _commute.PointBound(pointId);
        return commute >= 0 && ScoreBounds.Of(_weights, _skillsMax, 1.0, commute, _interestMax) >= _threshold;
    }

    /// <summary>The commute factor no resident of registry point <paramref name="pointId"/> can beat; -1 when nobody there can reach.</summary>
    public double PointBoundOf(int pointId) => _commute.PointBound(pointId);

    /// <summary>False when nobody at a point with commute bound <paramref name="pointBound"/> whose Swedish
    /// is <paramref name="swedishEncoded"/> or lower can pass the Swedish requirement or reach the top k
    /// in this pass (both only fall with the level; residents are read highest Swedish first).</summary>
    public bool MayReachWithSwedish(double pointBound, int swedishEncoded) =>
        swedishEncoded / 100 >= _q.MinSwedishAccepted
        && ScoreBounds.Of(_weights, _skillsMax, ScoreBounds.LanguageFor(_q, swedishEncoded), pointBound, _interestMax) >= _threshold;

    /// <summary>The hard constraints that need nothing but the document's facts: searchable and
    /// consenting, the licence, the Swedish level and the start date. False: the document is out.</summary>
    public bool MayQualify(in DocFacts f)
    {
        var packed = f.Unpacked;
        return packed.Searchable
            && (_q.LicenceMask == 0 || (packed.LicenceMask & _q.LicenceMask) != 0)
            && packed.SwedishEncoded / 100 >= _q.MinSwedishAccepted
            && f.AvailableDay <= _q.StartDay;
    }

    /// <summary>Considers one live document with its facts <paramref name="f"/>. <paramref name="fromPostings"/>:
    /// the document comes from a pass's postings lists, not from a home point already checked with
    /// <see cref="MayReach"/>; its point is checked here, and once classified it is remembered, so it
    /// is never offered twice and later passes skip it (a document reached through a pass's terms
    /// belongs to that pass or an earlier one).</summary>
    public void Collect(int doc, in DocFacts f, bool fromPostings)
    {
        var s = _s;
        var ord = f.HomeOrd;
        // Cheap checks first, from the facts alone; the commute is cached per (home point, modes).
        if (ord < 0 || !MayQualify(f) || s.Seen(doc) || (fromPostings && !MayReach(ord))) return;
        var packed = f.Unpacked;
        var facts = new ConstraintFacts(
            SearchableAndConsenting: true, // checked by MayQualify
            AvailableFromDay: f.AvailableDay,
            LicenceMask: packed.LicenceMask,
            SwedishEncoded: packed.SwedishEncoded,
            MaxCommuteMinutes: packed.MaxCommuteMinutes);
        var minutes = _commute.Minutes(s.Columns.PointOfOrd[ord], packed.Modes);
        if (!HardConstraints.Pass(facts, _q, minutes)) return;
        // This candidate's own bound: exact commute and Swedish, the pass's best case for the rest.
        var commute = ScoringFunction.Commute(minutes!.Value, packed.MaxCommuteMinutes);
        if (ScoreBounds.Of(_weights, _skillsMax, ScoreBounds.LanguageFor(_q, packed.SwedishEncoded), commute, _interestMax) < _threshold)
        {
            return;
        }

        var (tier, required, nice, related, years, interested) = s.Classify(doc);
        if (fromPostings) s.Remember(doc);
        if (tier < _first || tier > _last) return;

        // Everything but the useful languages is known now: score as if one were spoken (the
        // language factor rises with that) and read the languages only when that could still win.
        var inputs = new ScoreInputs(
            _q.Required.Length, required, _q.NiceToHave.Length, nice, related, years,
            facts.SwedishEncoded, (int)_q.Placement.MinSwedish, _q.Useful.Length, _q.Useful.Length,
            minutes.Value, facts.MaxCommuteMinutes, interested);
        var score = ScoringFunction.Score(inputs, _weights);
        if (score + ScoreBounds.Slack < _threshold) return;
        if (_q.Useful.Length > 0)
        {
            score = ScoringFunction.Score(inputs with { UsefulMatched = s.UsefulSpoken(doc) }, _weights);
        }
        Top.Offer(s.Id.Get(doc), score, s.Context.DocBase + doc);
        _threshold = Top.Threshold;
    }

    internal sealed class Segment : IDisposable
    {
        private readonly SortedSetDocValues? _lang;
        private readonly byte[] _skillCategory = [];
        private readonly long _expLo, _expHi;
        private readonly int[] _expYears = [];
        private readonly long _interestGroupOrd = -1, _interestFieldOrd = -1;
        private readonly long[] _usefulOrds = [];
        // Documents classified by a pass fed by postings; pooled, allocated on first use.
        private long[]? _seen;

        public Segment(PlacementQuery q, AtomicReaderContext context, SegmentColumns columns, BytesRef scratch)
        {
            Context = context;
            Columns = columns;
            var r = context.AtomicReader;
            Id = r.GetNumericDocValues(CandidateFields.IdValue);

            if (r.GetSortedSetDocValues(CandidateFields.Skill) is { } skills)
            {
                _skillCategory = new byte[skills.ValueCount];
                Mark(skills, q.Required, RequiredSkill);
                Mark(skills, q.NiceToHave, NiceSkill);
                Mark(skills, q.Related, RelatedSkill);
            }

            if (r.GetSortedSetDocValues(CandidateFields.ExperienceYears) is { } exp)
            {
                // Terms "groupId:NN" sort together; ':' + 1 is ';', so [lo, hi) is exactly this group's ords.
                _expLo = InsertionPoint(exp, q.Placement.GroupId + ":");
                _expHi = InsertionPoint(exp, q.Placement.GroupId + ";");
                _expYears = new int[_expHi - _expLo];
                for (var i = 0; i < _expYears.Length; i++)
                {
                    exp.LookupOrd(_expLo + i, scratch);
                    var term = scratch.Utf8ToString();
                    _expYears[i] = int.Parse(term.AsSpan(term.Length - 2), provider: System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (r.GetSortedSetDocValues(CandidateFields.Interest) is { } interest)
            {
                _interestGroupOrd = Lookup(interest, q.Placement.GroupId);
                _interestFieldOrd = q.Placement.OccupationFieldId is { } f ? Lookup(interest, f) : -1;
            }

            _lang = r.GetSortedSetDocValues(CandidateFields.Language);
            _usefulOrds = _lang is null ? [] : q.Useful.Select(l => Lookup(_lang, l)).Where(o => o >= 0).ToArray();
        }

        public AtomicReaderContext Context { get; }
        public SegmentColumns Columns { get; }
        public NumericDocValues Id { get; }

        public bool Seen(int doc) => _seen is not null && (_seen[doc >> 6] & (1L << doc)) != 0;

        public void Remember(int doc)
        {
            if (_seen is null)
            {
                var words = (Context.AtomicReader.MaxDoc + 63) >> 6;
                _seen = System.Buffers.ArrayPool<long>.Shared.Rent(words);
                Array.Clear(_seen, 0, words);
            }
            _seen[doc >> 6] |= 1L << doc;
        }

        public (Tier Tier, int Required, int Nice, int Related, int Years, bool Interested) Classify(int doc)
        {
            int required = 0, nice = 0, related = 0;
            var skills = Columns.Skills;
            if (!skills.IsEmpty)
            {
                for (var i = skills.Offsets[doc]; i < skills.Offsets[doc + 1]; i++)
                {
                    switch (_skillCategory[skills.Ords[i]])
                    {
                        case RequiredSkill: required++; break;
                        case NiceSkill: nice++; break;
                        case RelatedSkill: related++; break;
                    }
                }
            }
            var years = 0;
            var hasExperience = false;
            var exp = Columns.Experience;
            if (!exp.IsEmpty && _expHi > _expLo)
            {
                for (var i = exp.Offsets[doc]; i < exp.Offsets[doc + 1]; i++)
                {
                    var ord = exp.Ords[i];
                    if (ord >= _expLo && ord < _expHi)
                    {
                        hasExperience = true;
                        years = Math.Max(years, _expYears[ord - _expLo]);
                    }
                }
            }
            var interested = false;
            var interests = Columns.Interests;
            if (!interests.IsEmpty && (_interestGroupOrd >= 0 || _interestFieldOrd >= 0))
            {
                for (var i = interests.Offsets[doc]; i < interests.Offsets[doc + 1]; i++)
                {
                    var ord = interests.Ords[i];
                    if (ord == _interestGroupOrd || ord == _interestFieldOrd) interested = true;
                }
            }
            var tier = required > 0 || hasExperience || interested ? Tier.Requested
                : nice > 0 ? Tier.NiceToHave
                : related > 0 ? Tier.Related
                : Tier.Unrelated;
            return (tier, required, nice, related, years, interested);
        }

        public int UsefulSpoken(int doc)
        {
            var useful = 0;
            if (_lang is not null && _usefulOrds.Length > 0)
            {
                _lang.SetDocument(doc);
                for (var ord = _lang.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _lang.NextOrd())
                {
                    if (Array.IndexOf(_usefulOrds, ord) >= 0) useful++;
                }
            }
            return useful;
        }

        public void Dispose()
        {
            if (_seen is not null) System.Buffers.ArrayPool<long>.Shared.Return(_seen);
            _seen = null;
        }

        private void Mark(SortedSetDocValues values, string[] skills, byte category)
        {
            foreach (var s in skills)
            {
                var ord = Lookup(values, s);
                if (ord >= 0) _skillCategory[ord] = category;
            }
        }
    }

    private static long Lookup(SortedSetDocValues values, string term) => values.LookupTerm(new BytesRef(term));

    private static long InsertionPoint(SortedSetDocValues values, string term)
    {
        var ord = Lookup(values, term);
        return ord >= 0 ? ord : -ord - 1;
    }
}
