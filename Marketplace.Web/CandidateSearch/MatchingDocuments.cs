using Marketplace.Data.Entities;
using Marketplace.Matching.Commute;
using Marketplace.Matching.Documents;
using Marketplace.Matching.Geo;
using Marketplace.Matching.Languages;
using Marketplace.Matching.Taxonomy;
using MatchCefr = Marketplace.Matching.Languages.CefrLevel;
using MatchPlacementStatus = Marketplace.Matching.Documents.PlacementStatus;

namespace Marketplace.Web.CandidateSearch;

/// <summary>Maps stored profiles and placements to what the engine knows. The only place where
/// Data meets Matching; protected characteristics pass only into the type the scorer never reads.</summary>
public static class MatchingDocuments
{
    /// <summary>Progress assumed for a candidate studying an SFI course when the coach has not
    /// recorded how far they are: mid-course.</summary>
    public const int AssumedCourseProgressPercent = 50;

    private static readonly string SwedishLanguageId =
        Marketplace.Matching.Taxonomy.TaxonomyData.Default.Languages.First(l => l.Label == "Svenska").Id;

    public static CandidateDocument ToDocument(Candidate c)
    {
        var modes = (TransportModes)((int)c.Transport & (int)(TransportFlags.Walk | TransportFlags.Bike | TransportFlags.PublicTransport));
        // Car only with both a car and a licence to drive it, B or a class including B (PRODUCT.md,
        // Commute); a row with an unknown class (an old import) simply does not drive.
        var licences = c.Licences.Select(l => l.LicenceClass).ToList();
        if (c.Transport.HasFlag(TransportFlags.Car) && c.HasCarAccess && licences.All(DrivingLicences.IsKnown) && DrivingLicences.AllowsCar(licences))
        {
            modes |= TransportModes.Car;
        }
        return new CandidateDocument(
            Id: c.Id,
            Searchable: c.Searchable,
            Consent: c.ConsentToMatching,
            AvailableFrom: c.AvailableFrom,
            Home: new GeoPoint(c.HomeLat ?? 0, c.HomeLon ?? 0),
            Modes: modes,
            Licences: c.Licences.Select(l => l.LicenceClass).ToArray(),
            MaxCommuteMinutes: c.MaxCommuteMinutes,
            Swedish: Swedish(c),
            OtherLanguages: c.Languages.Where(l => l.LanguageId != SwedishLanguageId).Select(l => l.LanguageId).ToArray(),
            Skills: c.Skills.Select(s => s.SkillId).ToArray(),
            Experience: c.Experience.Select(e => new Experience(e.OccupationGroupId, (int)Math.Floor(e.Years))).ToArray(),
            Interests: c.Interests.Select(i => i.OccupationGroupId).ToArray(),
            WorkingTime: (WorkingTime)(int)c.Worktime,
            Protected: new ProtectedCharacteristics(
                c.Gender switch { "female" => Gender.Female, "male" => Gender.Male, null => Gender.Unspecified, _ => Gender.Other },
                c.BirthDate?.Year, c.OriginCountry));
    }

    /// <summary>The better of the level the coach recorded and what the SFI course implies; a course
    /// being studied counts one level below it with progress toward it (the mapping is data).</summary>
    public static LanguageLevel Swedish(Candidate c)
    {
        var recorded = LanguageLevel.Create((MatchCefr)(int)c.SwedishLevel);
        if (c.SfiCourse == SfiCourse.None)
        {
            return recorded;
        }
        var fromSfi = LanguageLevelMapping.Default.FromSfi(c.SfiCourse.ToString(), completed: !c.SfiInProgress,
            progressPercent: c.SfiInProgress ? AssumedCourseProgressPercent : 0);
        return fromSfi.Encoded > recorded.Encoded ? fromSfi : recorded;
    }

    public static PlacementDocument ToDocument(Placement p) => new(
        Id: p.Id,
        GroupId: p.OccupationGroupId,
        OccupationFieldId: p.OccupationFieldId,
        RequiredSkills: p.Skills.Where(s => s.Required).Select(s => s.SkillId).ToArray(),
        NiceToHaveSkills: p.Skills.Where(s => !s.Required).Select(s => s.SkillId).ToArray(),
        MinSwedish: (MatchCefr)(int)p.MinSwedishLevel,
        LanguageSupport: p.LanguageSupportAvailable,
        UsefulLanguages: p.UsefulLanguages.Select(l => l.LanguageId).ToArray(),
        Workplace: Workplace(p),
        StartDate: p.StartDate,
        RequiredLicence: p.RequiredLicence,
        WorkingTime: (WorkingTime)(int)p.Worktime,
        Status: p.Status == Data.Entities.PlacementStatus.Published ? MatchPlacementStatus.Open : MatchPlacementStatus.Closed);

    public static GeoPoint Workplace(Placement p) => new(p.WorkplaceLat ?? 0, p.WorkplaceLon ?? 0);
}
