using Marketplace.Data.Entities;
using Marketplace.Matching.Geo;
using Marketplace.Matching.Taxonomy;

using MatchingGroup = Marketplace.Matching.Taxonomy.OccupationGroup;

namespace Marketplace.Web.Seed;

public sealed partial class DemoSeeder
{
    private sealed record DemoEmployer(EmployerOrganisation Employer, MatchingGroup Group, PostcodeEntry Site, GeoPoint Workplace);

    /// <summary>Stands in for a point picked on a map: postcode points are locality centroids (every
    /// address in a town is one point), which would make every commute inside a town 0 minutes.
    /// A seeded offset within the locality, snapped to the 250 m privacy grid, gives the demo
    /// realistic in-town distances.</summary>
    private static GeoPoint MapPoint(Random random, GeoPoint centroid, double maxKm)
    {
        var distanceKm = maxKm * Math.Sqrt(random.NextDouble());
        var bearing = random.NextDouble() * 2 * Math.PI;
        var lat = centroid.Lat + distanceKm * Math.Cos(bearing) / 111.32;
        var lon = centroid.Lon + distanceKm * Math.Sin(bearing) / (111.32 * Math.Cos(centroid.Lat * Math.PI / 180));
        return new GeoPoint(lat, lon).SnapToGrid();
    }

    private static List<DemoEmployer> CreateEmployers(Random random, Dictionary<string, MatchingGroup> groups,
        List<PostcodeEntry> kalmar, List<PostcodeEntry> nybro, string coachId, DateTime now)
    {
        var list = new List<DemoEmployer>();
        var available = DemoGroups.Where(groups.ContainsKey).ToList();
        for (var i = 0; i < 34; i++)
        {
            var group = groups[available[i % available.Count]];
            var site = i % 5 == 4 ? Pick(random, nybro) : Pick(random, kalmar);
            var nine = $"55{random.Next(0, 10_000_000):D7}";
            var orgNr = $"{nine[..6]}-{nine[6..]}{OrganisationNumber.LuhnCheckDigit(nine)}";
            var trade = group.Label.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)[0];
            var employer = new EmployerOrganisation
            {
                Name = $"{site.Place} {trade} {Pick(random, DemoNames.EmployerSuffixes)}".Replace("  ", " ", StringComparison.Ordinal),
                OrganisationNumber = orgNr,
                Postcode = site.Postcode,
                MunicipalityCode = site.MunicipalityCode,
                Address = $"{Pick(random, StreetNames)} {random.Next(1, 60)}",
                ContactEmail = $"kontakt{i + 1}@foretag.demo",
                RelationshipCoachId = coachId,
                CreatedAt = now,
            };
            list.Add(new DemoEmployer(employer, group, site, MapPoint(random, site.Point, 2.0)));
        }
        return list;
    }

    private static readonly string[] StreetNames = ["Storgatan", "Norra Vägen", "Industrigatan", "Verkstadsgatan", "Hamngatan", "Södra Långgatan", "Smålandsgatan", "Lagergatan"];

    private static IEnumerable<Placement> CreatePlacements(Random random, List<DemoEmployer> employers, DateTime now, DateOnly today)
    {
        for (var i = 0; i < 68; i++)
        {
            var e = employers[i % employers.Count];
            var skills = Shuffle(random, e.Group.Skills).Take(random.Next(3, 7)).ToList();
            var required = skills.Take(Math.Max(1, skills.Count / 2)).ToList();
            var form = (EmploymentForm)(i % 7 < 4 ? 0 : i % 7 - 3);
            var status = i % 11 == 10 ? PlacementStatus.Draft : i % 13 == 12 ? PlacementStatus.Filled : PlacementStatus.Published;
            var needsLicence = e.Group.Ssyk is "8332" or "8331" || (e.Group.Ssyk == "7231" && i % 2 == 0);
            var swedish = (CefrLevel)random.Next(0, 4);
            yield return new Placement
            {
                EmployerOrganisationId = e.Employer.Id,
                Title = $"{(form == EmploymentForm.Placement ? "Praktik" : "Anställning")}: {e.Group.Label}",
                Description = $"Vi söker en person till vår verksamhet inom {e.Group.Label.ToLowerInvariant()}. Handledare finns på plats och introduktion ges de första veckorna.",
                OccupationGroupId = e.Group.Id,
                EmploymentForm = form,
                Status = status,
                MinSwedishLevel = swedish,
                LanguageSupportAvailable = random.NextDouble() < 0.35,
                WorkplaceAddress = e.Employer.Address,
                WorkplacePostcode = e.Site.Postcode,
                WorkplaceLat = e.Workplace.Lat,
                WorkplaceLon = e.Workplace.Lon,
                Worktime = random.NextDouble() < 0.7 ? Worktime.FullTime : Worktime.PartTime,
                HoursPerWeek = random.NextDouble() < 0.7 ? 40 : 20,
                Schedule = random.NextDouble() < 0.5 ? "Vardagar 07–16" : "Schema, dag och kväll",
                StartDate = today.AddDays(random.Next(7, 70)),
                DurationWeeks = form == EmploymentForm.Placement ? random.Next(4, 13) : null,
                Seats = random.Next(1, 4),
                SupervisorName = $"{Pick(random, DemoNames.Origins[0].Female)} {Pick(random, DemoNames.Origins[0].Last)}",
                RequiredLicence = needsLicence ? (e.Group.Ssyk == "8332" ? "C" : e.Group.Ssyk == "8331" ? "D" : "B") : null,
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = status == PlacementStatus.Draft ? null : now,
                Skills = required.Select(s => new PlacementSkill { SkillId = s, Required = true })
                    .Concat(skills.Skip(required.Count).Select(s => new PlacementSkill { SkillId = s, Required = false })).ToList(),
            };
        }
    }

    private static List<Candidate> CreateCandidates(Random random, TaxonomyData taxonomy, Dictionary<string, MatchingGroup> groups,
        List<PostcodeEntry> kalmar, List<PostcodeEntry> nybro, MunicipalUnit kalmarUnit, MunicipalUnit nybroUnit,
        string coachId, string nybroCoachId, DateTime now, DateOnly today)
    {
        var languageIds = taxonomy.Languages.GroupBy(l => l.Label).ToDictionary(g => g.Key, g => g.First().Id);
        var swedishId = languageIds.GetValueOrDefault("Svenska");
        var englishId = languageIds.GetValueOrDefault("Engelska");
        var demoGroups = DemoGroups.Where(groups.ContainsKey).Select(s => groups[s]).ToList();
        var totalWeight = DemoNames.Origins.Sum(o => o.Weight);
        var list = new List<Candidate>();
        for (var i = 0; i < 320; i++)
        {
            var origin = PickWeighted(random, totalWeight);
            var female = random.NextDouble() < 0.5;
            var inNybro = i % 4 == 3;
            var home = inNybro ? Pick(random, nybro) : Pick(random, kalmar);
            var homePoint = MapPoint(random, home.Point, 3.0);
            var group = Pick(random, demoGroups);
            var swedishNative = origin.MotherTongue == "Svenska";
            var sfi = swedishNative ? SfiCourse.None : (SfiCourse)random.Next(1, 5);
            var inProgress = !swedishNative && random.NextDouble() < 0.6;
            var level = swedishNative ? CefrLevel.C2 : (CefrLevel)Math.Max(1, (int)sfi - (inProgress ? 1 : 0));
            var licences = new List<string>();
            if (random.NextDouble() < (swedishNative ? 0.75 : 0.3)) licences.Add("B");
            if (licences.Count > 0 && random.NextDouble() < 0.12) licences.Add(random.NextDouble() < 0.5 ? "C" : "CE");
            var transport = TransportFlags.Walk | TransportFlags.PublicTransport;
            if (random.NextDouble() < 0.6) transport |= TransportFlags.Bike;
            var hasCar = Marketplace.Matching.Taxonomy.DrivingLicences.AllowsCar(licences) && random.NextDouble() < 0.6;
            if (hasCar) transport |= TransportFlags.Car;
            var candidate = new Candidate
            {
                UnitId = inNybro ? nybroUnit.Id : kalmarUnit.Id,
                CoachId = inNybro ? nybroCoachId : coachId,
                FirstName = Pick(random, female ? origin.Female : origin.Male),
                LastName = Pick(random, origin.Last),
                Email = $"deltagare{i + 1}@exempel.demo",
                Phone = $"070-{random.Next(100, 999)} {random.Next(10, 99)} {random.Next(10, 99)}",
                HomePostcode = home.Postcode,
                HomeLat = homePoint.Lat,
                HomeLon = homePoint.Lon,
                SwedishLevel = level,
                SfiCourse = sfi,
                SfiInProgress = inProgress,
                EducationLevel = (EducationLevel)random.Next(1, 6),
                Transport = transport,
                HasCarAccess = hasCar,
                MaxCommuteMinutes = Pick(random, [20, 30, 30, 45, 45, 60, 60, 75, 90]),
                AvailableFrom = today.AddDays(random.Next(-30, 60)),
                Worktime = (Worktime)random.Next(0, 3),
                Searchable = random.NextDouble() < 0.9,
                ConsentToMatching = random.NextDouble() < 0.92,
                ConsentGivenAt = now,
                RegisteredAt = now.AddDays(-random.Next(1, 400)),
                UpdatedAt = now,
                BirthDate = today.AddYears(-random.Next(18, 60)).AddDays(-random.Next(0, 365)),
                Gender = female ? "female" : "male",
                OriginCountry = origin.Country,
                Skills = Shuffle(random, group.Skills).Take(random.Next(0, 7)).Select(s => new CandidateSkill { SkillId = s }).ToList(),
                Experience = random.NextDouble() < 0.65 ? [new CandidateExperience { OccupationGroupId = group.Id, Years = random.Next(1, 12) }] : [],
                Interests = Shuffle(random, demoGroups).Take(random.Next(1, 4)).Select(g => new CandidateInterest { OccupationGroupId = g.Id }).ToList(),
                Licences = licences.Select(l => new CandidateLicence { LicenceClass = l }).ToList(),
                ActionPlan =
                [
                    new ActionPlanStep { Order = 1, Title = "Kartläggning med coach", Status = ActionPlanStepStatus.Done },
                    new ActionPlanStep { Order = 2, Title = swedishNative ? "Yrkesinriktad utbildning" : "SFI parallellt med praktik", Status = ActionPlanStepStatus.InProgress },
                    new ActionPlanStep { Order = 3, Title = "Praktik inom önskat yrke", Status = ActionPlanStepStatus.Planned, DueDate = today.AddMonths(2) },
                ],
            };
            if (languageIds.TryGetValue(origin.MotherTongue, out var motherTongue))
            {
                candidate.Languages.Add(new CandidateLanguage { LanguageId = motherTongue, Level = CefrLevel.C2, MotherTongue = true });
            }
            if (!swedishNative && swedishId is not null)
            {
                candidate.Languages.Add(new CandidateLanguage { LanguageId = swedishId, Level = level });
            }
            if (englishId is not null && random.NextDouble() < 0.4)
            {
                candidate.Languages.Add(new CandidateLanguage { LanguageId = englishId, Level = (CefrLevel)random.Next(1, 6) });
            }
            list.Add(candidate);
        }
        return list;
    }

    private static DemoNames.Origin PickWeighted(Random random, int totalWeight)
    {
        var x = random.Next(totalWeight);
        foreach (var o in DemoNames.Origins)
        {
            if ((x -= o.Weight) < 0) return o;
        }
        return DemoNames.Origins[0];
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static List<T> Shuffle<T>(Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
