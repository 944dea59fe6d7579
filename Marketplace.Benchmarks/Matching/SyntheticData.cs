using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Geo;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Taxonomy;

namespace Marketplace.Benchmarks.Matching;

/// <summary>Seeded, reproducible synthetic candidates and placements built from the real taxonomy
/// and postcodes: homes at postcode locality points (a quarter nudged to a nearby 250 m grid cell,
/// as a map-picked home would be), skills drawn from the SSYK-4 relations.</summary>
public sealed class SyntheticData(TaxonomyData taxonomy, int seed)
{
    public static readonly DateOnly BaseDate = new(2026, 1, 12);

    private readonly OccupationGroup[] _groups = taxonomy.Groups.Where(g => g.Skills.Count > 0).ToArray();
    private readonly PostcodeEntry[] _postcodes = taxonomy.Postcodes.All.ToArray();
    private readonly string[] _allSkills = taxonomy.Skills.Select(s => s.Id).Order(StringComparer.Ordinal).ToArray();
    private readonly string[] _fields = taxonomy.OccupationFields.Select(f => f.Id).ToArray();
    // Arabic, English, Somali, Dari, Ukrainian: common among candidates and useful at workplaces.
    private static readonly string[] CommonLanguages = ["3iEY_RGP_qXq", "NVxJ_hLg_TYS", "F6dn_vX1_Qnm", "Lozg_qhA_r3y", "zkfD_Qwv_kTk"];

    public IEnumerable<CandidateDocument> Candidates(int count)
    {
        var rng = new Random(seed);
        for (var id = 1; id <= count; id++) yield return Candidate(rng, id);
    }

    public IReadOnlyList<PlacementDocument> Placements(int count)
    {
        var rng = new Random(seed + 1_000_003);
        return Enumerable.Range(1, count).Select(id => Placement(rng, id)).ToArray();
    }

    private CandidateDocument Candidate(Random rng, long id)
    {
        var home = Home(rng);
        var groups = Enumerable.Range(0, rng.Next(1, 3)).Select(_ => Pick(rng, _groups)).ToArray();
        var skills = groups.SelectMany(g => Enumerable.Range(0, rng.Next(2, 7)).Select(_ => Pick(rng, g.Skills)))
            .Concat(Enumerable.Range(0, rng.Next(0, 3)).Select(_ => Pick(rng, _allSkills)))
            .Distinct().ToArray();
        var experience = groups.Where(_ => rng.NextDouble() < 0.7).Select(g => new Experience(g.Id, rng.Next(0, 16))).ToArray();
        var interests = groups.Where(_ => rng.NextDouble() < 0.6).Select(g => g.Id)
            .Concat(rng.NextDouble() < 0.2 ? [Pick(rng, _fields)] : []).ToArray();
        var licences = Licences(rng);
        var modes = TransportModes.Walk;
        if (rng.NextDouble() < 0.7) modes |= TransportModes.Bike;
        if (rng.NextDouble() < 0.6) modes |= TransportModes.PublicTransport;
        if (licences.Length > 0 && rng.NextDouble() < 0.5) modes |= TransportModes.Car;
        return new CandidateDocument(
            id,
            Searchable: rng.NextDouble() < 0.95,
            Consent: rng.NextDouble() < 0.97,
            AvailableFrom: BaseDate.AddDays(rng.Next(-60, 120)),
            home,
            modes,
            licences,
            MaxCommuteMinutes: 20 + 5 * rng.Next(0, 15),
            Swedish(rng),
            OtherLanguages: Enumerable.Range(0, rng.Next(0, 3)).Select(_ => Pick(rng, CommonLanguages)).Distinct().ToArray(),
            skills,
            experience,
            interests,
            (WorkingTime)rng.Next(0, 3),
            new ProtectedCharacteristics((Gender)rng.Next(0, 4), 1960 + rng.Next(0, 45), rng.NextDouble() < 0.5 ? "SE" : "SY"));
    }

    private PlacementDocument Placement(Random rng, long id)
    {
        var group = Pick(rng, _groups);
        var required = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => Pick(rng, group.Skills)).Distinct().ToArray();
        var nice = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => Pick(rng, group.Skills)).Except(required).ToArray();
        double r = rng.NextDouble();
        var licence = r < 0.2 ? "B" : r < 0.25 ? "C" : r < 0.27 ? "D" : null;
        return new PlacementDocument(
            id, group.Id,
            OccupationFieldId: rng.NextDouble() < 0.5 ? Pick(rng, _fields) : null,
            required, nice,
            MinSwedish: (CefrLevel)rng.Next(0, 5),
            LanguageSupport: rng.NextDouble() < 0.4,
            UsefulLanguages: rng.NextDouble() < 0.3 ? [Pick(rng, CommonLanguages)] : [],
            Workplace: Pick(rng, _postcodes).Point,
            StartDate: BaseDate.AddDays(rng.Next(0, 60)),
            licence,
            (WorkingTime)rng.Next(1, 3),
            PlacementStatus.Open);
    }

    private GeoPoint Home(Random rng)
    {
        // Uniform over postcodes: towns with many postcodes get many candidates, roughly like population.
        var p = Pick(rng, _postcodes).Point;
        if (rng.NextDouble() >= 0.25) return p;
        const double cell = 250 / 111_320.0;
        return new GeoPoint(p.Lat + cell * rng.Next(-1, 2), p.Lon + 2 * cell * rng.Next(-1, 2)).SnapToGrid();
    }

    private static LanguageLevel Swedish(Random rng)
    {
        var r = rng.NextDouble();
        if (r < 0.08) return LanguageLevel.None;
        if (r < 0.45) return LanguageLevel.Create((CefrLevel)rng.Next(0, 4), rng.NextDouble() < 0.5 ? rng.Next(1, 100) : 0);
        return LanguageLevel.Create((CefrLevel)rng.Next(3, 7));
    }

    private static string[] Licences(Random rng)
    {
        var r = rng.NextDouble();
        if (r < 0.35) return [];
        if (r < 0.85) return ["B"];
        if (r < 0.9) return ["B", "BE"];
        if (r < 0.95) return ["C", "CE"];
        if (r < 0.98) return ["D"];
        return ["A", "B"];
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
