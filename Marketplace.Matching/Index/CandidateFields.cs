using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Geo;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Scoring;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Matching.Index;

/// <summary>How a <see cref="CandidateDocument"/> is laid out in Lucene. Indexed terms drive the
/// query (requested skills, experience, interest); doc values feed the collector that scores and
/// rebuild the document for the top k's explanations (cheaper than stored fields). Protected
/// characteristics are never written.</summary>
internal static class CandidateFields
{
    public const string Id = "id";
    public const string IdValue = "idv";
    /// <summary><see cref="PackedFacts"/>: modes, searchable-and-consenting, max commute, Swedish,
    /// licences. Checked in the collector, not as query clauses (a clause matching 95 % of
    /// documents would drive the iteration).</summary>
    public const string Packed = "facts";
    public const string AvailableDay = "avail";
    public const string Home = "home";
    public const string Skill = "skill";
    public const string ExperienceGroup = "exp";
    /// <summary>Doc values "groupId:NN" (years, two digits), so one lookup finds a group's ords.</summary>
    public const string ExperienceYears = "expy";
    public const string Interest = "int";
    public const string Language = "lang";
    public const string WorkingTimeValue = "wt";

    public static string IdTerm(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Round-trip formatting: equal points give equal keys, and the key parses back exactly.</summary>
    public static string HomeKey(GeoPoint p) =>
        p.Lat.ToString("R", CultureInfo.InvariantCulture) + "," + p.Lon.ToString("R", CultureInfo.InvariantCulture);

    public static GeoPoint ParseHomeKey(string key)
    {
        var comma = key.IndexOf(',', StringComparison.Ordinal);
        return new GeoPoint(double.Parse(key.AsSpan(0, comma), CultureInfo.InvariantCulture),
            double.Parse(key.AsSpan(comma + 1), CultureInfo.InvariantCulture));
    }

    public static string ExperienceKey(string groupId, int years) =>
        groupId + ":" + CandidateFacts.ClampYears(years).ToString("00", CultureInfo.InvariantCulture);

    public static Document ToLucene(CandidateDocument c)
    {
        var facts = CandidateFacts.Constraints(c);
        var d = new Document
        {
            new StringField(Id, IdTerm(c.Id), Field.Store.NO),
            new NumericDocValuesField(IdValue, c.Id),
            new NumericDocValuesField(AvailableDay, facts.AvailableFromDay),
            new NumericDocValuesField(Packed, new PackedFacts(c.Modes, facts.SearchableAndConsenting, facts.MaxCommuteMinutes, facts.SwedishEncoded, facts.LicenceMask).Pack()),
            new NumericDocValuesField(WorkingTimeValue, (long)c.WorkingTime),
        };
        var home = HomeKey(c.Home);
        d.Add(new SortedDocValuesField(Home, new BytesRef(home)));
        foreach (var s in c.Skills.Distinct(StringComparer.Ordinal))
        {
            d.Add(new StringField(Skill, s, Field.Store.NO));
            d.Add(new SortedSetDocValuesField(Skill, new BytesRef(s)));
        }
        foreach (var e in c.Experience)
        {
            d.Add(new StringField(ExperienceGroup, e.GroupId, Field.Store.NO));
            d.Add(new SortedSetDocValuesField(ExperienceYears, new BytesRef(ExperienceKey(e.GroupId, e.Years))));
        }
        foreach (var i in c.Interests.Distinct(StringComparer.Ordinal))
        {
            d.Add(new StringField(Interest, i, Field.Store.NO));
            d.Add(new SortedSetDocValuesField(Interest, new BytesRef(i)));
        }
        foreach (var l in c.OtherLanguages.Distinct(StringComparer.Ordinal))
        {
            d.Add(new SortedSetDocValuesField(Language, new BytesRef(l)));
        }
        return d;
    }

    /// <summary>The document as the index knows it: skills and languages de-duplicated, years
    /// clamped, searchable and consent folded into one flag, no protected characteristics. Every
    /// value scoring and explanations read is exact.</summary>
    public static CandidateDocument FromDocValues(AtomicReader r, int doc)
    {
        long Numeric(string field) => r.GetNumericDocValues(field).Get(doc);
        var scratch = new BytesRef();
        string[] Terms(string field)
        {
            var values = r.GetSortedSetDocValues(field);
            if (values is null) return [];
            var terms = new List<string>();
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                values.LookupOrd(ord, scratch);
                terms.Add(scratch.Utf8ToString());
            }
            return terms.ToArray();
        }
        r.GetSortedDocValues(Home).Get(doc, scratch);
        var home = ParseHomeKey(scratch.Utf8ToString());
        var packed = PackedFacts.Unpack(Numeric(Packed));
        return new CandidateDocument(
            Numeric(IdValue),
            packed.Searchable,
            packed.Searchable,
            DateOnly.FromDayNumber((int)Numeric(AvailableDay)),
            home,
            packed.Modes,
            DrivingLicences.Classes.Where((_, i) => (packed.LicenceMask & (1 << i)) != 0).ToArray(),
            packed.MaxCommuteMinutes,
            LanguageLevel.FromEncoded(packed.SwedishEncoded),
            Terms(Language),
            Terms(Skill),
            Terms(ExperienceYears).Select(t => new Experience(t[..^3], int.Parse(t[^2..], CultureInfo.InvariantCulture))).ToArray(),
            Terms(Interest),
            (WorkingTime)Numeric(WorkingTimeValue),
            new ProtectedCharacteristics());
    }
}
