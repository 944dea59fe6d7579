using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Marketplace.Matching.Commute;
using Marketplace.Matching.Scoring;

namespace Marketplace.Matching.Index;

/// <summary>Scores each document the query matches from doc values and keeps the top k. It checks
/// the hard constraints and builds <see cref="ScoreInputs"/> exactly as
/// <see cref="CandidateFacts"/> does from a document, then calls the shared
/// <see cref="ScoringFunction"/>, so its scores equal the brute-force scorer's bit for bit.</summary>
internal sealed class ScoringCollector : ICollector
{
    /// <summary>Which group of candidates the current search pass is for. Each document is scored
    /// in exactly one pass: a pass skips documents that belong to an earlier one.</summary>
    public enum Tier
    {
        /// <summary>Has a required skill, experience in the group, or asked for the group or field.</summary>
        Requested,
        /// <summary>Otherwise has a nice-to-have skill.</summary>
        NiceToHave,
        /// <summary>Otherwise has a skill the taxonomy relates to the group.</summary>
        Related,
        /// <summary>Everyone else: skills and interest are zero.</summary>
        Unrelated,
    }

    private const byte NotRequested = 0, RequiredSkill = 1, NiceSkill = 2, RelatedSkill = 3;

    private readonly PlacementQuery _q;
    private readonly MatchWeights _weights;
    private readonly CommuteEstimateCache _commute;
    private readonly HomePointRegistry _homes;
    private readonly BytesRef _scratch = new();

    private int _docBase;
    private NumericDocValues _id = null!, _packed = null!, _avail = null!;
    private SortedDocValues? _home;
    private int[]? _homeMap;
    private SortedSetDocValues? _skills, _exp, _interest, _lang;
    private byte[] _skillCategory = [];
    private long _expLo, _expHi;
    private int[] _expYears = [];
    private long _interestGroupOrd, _interestFieldOrd;
    private long[] _usefulOrds = [];

    public ScoringCollector(PlacementQuery q, MatchWeights weights, CommuteEstimateCache commute, HomePointRegistry homes, int k)
    {
        _q = q;
        _weights = weights;
        _commute = commute;
        _homes = homes;
        Top = new TopKCollector<int>(k);
    }

    /// <summary>Payload: the global Lucene doc number, for loading the stored document.</summary>
    public TopKCollector<int> Top { get; }

    public Tier Pass { get; set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Lucene's relevance score is not used: the score is ours.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var r = context.AtomicReader;
        _docBase = context.DocBase;
        _id = r.GetNumericDocValues(CandidateFields.IdValue);
        _packed = r.GetNumericDocValues(CandidateFields.Packed);
        _avail = r.GetNumericDocValues(CandidateFields.AvailableDay);
        _home = r.GetSortedDocValues(CandidateFields.Home);
        _homeMap = _homes.SegmentMap(r);

        _skills = r.GetSortedSetDocValues(CandidateFields.Skill);
        if (_skills is not null)
        {
            _skillCategory = new byte[_skills.ValueCount];
            Mark(_skills, _q.Required, RequiredSkill);
            Mark(_skills, _q.NiceToHave, NiceSkill);
            Mark(_skills, _q.Related, RelatedSkill);
        }

        _exp = r.GetSortedSetDocValues(CandidateFields.ExperienceYears);
        if (_exp is not null)
        {
            // Terms "groupId:NN" sort together; ':' + 1 is ';', so [lo, hi) is exactly this group's ords.
            _expLo = InsertionPoint(_exp, _q.Placement.GroupId + ":");
            _expHi = InsertionPoint(_exp, _q.Placement.GroupId + ";");
            _expYears = new int[_expHi - _expLo];
            for (var i = 0; i < _expYears.Length; i++)
            {
                _exp.LookupOrd(_expLo + i, _scratch);
                var term = _scratch.Utf8ToString();
                _expYears[i] = int.Parse(term.AsSpan(term.Length - 2), provider: System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        _interest = r.GetSortedSetDocValues(CandidateFields.Interest);
        if (_interest is not null)
        {
            _interestGroupOrd = Lookup(_interest, _q.Placement.GroupId);
            _interestFieldOrd = _q.Placement.OccupationFieldId is { } f ? Lookup(_interest, f) : -1;
        }

        _lang = r.GetSortedSetDocValues(CandidateFields.Language);
        _usefulOrds = _lang is null ? [] : _q.Useful.Select(l => Lookup(_lang, l)).Where(o => o >= 0).ToArray();
    }

    public void Collect(int doc)
    {
        if (_home is null || _homeMap is null) return;
        var packed = PackedFacts.Unpack(_packed.Get(doc));
        // Cheap checks first; the commute is cached per (home point, modes).
        if (!packed.Searchable
            || (_q.LicenceMask != 0 && (packed.LicenceMask & _q.LicenceMask) == 0)
            || packed.SwedishEncoded / 100 < _q.MinSwedishAccepted)
        {
            return;
        }
        var facts = new ConstraintFacts(
            SearchableAndConsenting: true, // just checked
            AvailableFromDay: (int)_avail.Get(doc),
            LicenceMask: packed.LicenceMask,
            SwedishEncoded: packed.SwedishEncoded,
            MaxCommuteMinutes: packed.MaxCommuteMinutes);
        if (facts.AvailableFromDay > _q.StartDay) return;
        var point = _homeMap[_home.GetOrd(doc)];
        var estimate = _commute.Get(point, packed.Modes);
        if (!HardConstraints.Pass(facts, _q, estimate)) return;

        int required = 0, nice = 0, related = 0;
        if (_skills is not null)
        {
            _skills.SetDocument(doc);
            for (var ord = _skills.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _skills.NextOrd())
            {
                switch (_skillCategory[ord])
                {
                    case RequiredSkill: required++; break;
                    case NiceSkill: nice++; break;
                    case RelatedSkill: related++; break;
                }
            }
        }
        var years = 0;
        var hasExperience = false;
        if (_exp is not null && _expHi > _expLo)
        {
            _exp.SetDocument(doc);
            for (var ord = _exp.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _exp.NextOrd())
            {
                if (ord >= _expLo && ord < _expHi)
                {
                    hasExperience = true;
                    years = Math.Max(years, _expYears[ord - _expLo]);
                }
            }
        }
        var interested = false;
        if (_interest is not null && (_interestGroupOrd >= 0 || _interestFieldOrd >= 0))
        {
            _interest.SetDocument(doc);
            for (var ord = _interest.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _interest.NextOrd())
            {
                if (ord == _interestGroupOrd || ord == _interestFieldOrd) interested = true;
            }
        }
        var tier = required > 0 || hasExperience || interested ? Tier.Requested
            : nice > 0 ? Tier.NiceToHave
            : related > 0 ? Tier.Related
            : Tier.Unrelated;
        if (tier != Pass) return;

        var useful = 0;
        if (_lang is not null && _usefulOrds.Length > 0)
        {
            _lang.SetDocument(doc);
            for (var ord = _lang.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _lang.NextOrd())
            {
                if (Array.IndexOf(_usefulOrds, ord) >= 0) useful++;
            }
        }

        var inputs = new ScoreInputs(
            _q.Required.Length, required, _q.NiceToHave.Length, nice, related, years,
            facts.SwedishEncoded, (int)_q.Placement.MinSwedish, _q.Useful.Length, useful,
            estimate!.Minutes, facts.MaxCommuteMinutes, interested);
        Top.Offer(_id.Get(doc), ScoringFunction.Score(inputs, _weights), _docBase + doc);
    }

    private void Mark(SortedSetDocValues values, string[] skills, byte category)
    {
        foreach (var s in skills)
        {
            var ord = Lookup(values, s);
            if (ord >= 0) _skillCategory[ord] = category;
        }
    }

    private static long Lookup(SortedSetDocValues values, string term) => values.LookupTerm(new BytesRef(term));

    private static long InsertionPoint(SortedSetDocValues values, string term)
    {
        var ord = Lookup(values, term);
        return ord >= 0 ? ord : -ord - 1;
    }
}
