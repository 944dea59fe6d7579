using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Geo;
using Marketplace.Matching.Scoring;

namespace Marketplace.Matching.Index;

/// <summary>How a <see cref="CandidateDocument"/> is laid out in Lucene. Indexed terms drive the
/// query (relevance, searchable, home point); doc values feed the collector that scores; the
/// stored JSON (without protected characteristics) rebuilds the document for explanations.</summary>
internal static class CandidateFields
{
    public const string Id = "id";
    public const string IdValue = "idv";
    /// <summary>1 when searchable and consenting; checked in the collector, not as a query clause,
    /// because a clause matching 95 % of documents would drive the iteration.</summary>
    public const string Searchable = "srch";
    public const string AvailableDay = "avail";
    public const string LicenceMask = "lic";
    public const string Swedish = "sv";
    public const string MaxCommute = "maxc";
    public const string Modes = "modes";
    public const string Home = "home";
    public const string Skill = "skill";
    public const string ExperienceGroup = "exp";
    /// <summary>Doc values "groupId:NN" (years, two digits), so one lookup finds a group's ords.</summary>
    public const string ExperienceYears = "expy";
    public const string Interest = "int";
    public const string Language = "lang";
    public const string Stored = "doc";

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
            new NumericDocValuesField(LicenceMask, facts.LicenceMask),
            new NumericDocValuesField(Swedish, facts.SwedishEncoded),
            new NumericDocValuesField(MaxCommute, facts.MaxCommuteMinutes),
            new NumericDocValuesField(Modes, (long)c.Modes),
            new NumericDocValuesField(Searchable, facts.SearchableAndConsenting ? 1 : 0),
        };
        var home = HomeKey(c.Home);
        d.Add(new StringField(Home, home, Field.Store.NO));
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
        // Protected characteristics are dropped here: the index never holds them.
        d.Add(new StoredField(Stored, JsonSerializer.SerializeToUtf8Bytes(c with { Protected = new ProtectedCharacteristics() })));
        return d;
    }

    public static CandidateDocument FromStored(Document stored)
    {
        var bytes = stored.GetBinaryValue(Stored);
        return JsonSerializer.Deserialize<CandidateDocument>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))
            ?? throw new InvalidOperationException("Stored candidate document is empty.");
    }
}
