using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Matching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>Profile rules shared by the API and the coach's form: what a valid profile is, how a
/// request lands on the entity, and that every saved profile is searchable right after the save.</summary>
public sealed class CandidateProfileService(MarketplaceDbContext db, CandidateIndexService index, TimeProvider clock)
{
    /// <summary>The database rules (taxonomy ids, postcode, consistency); attribute rules run before this.</summary>
    public async Task<(FieldErrors Errors, Postcode? Postcode)> ValidateAsync(CandidateRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!Enum.IsDefined(r.SwedishLevel)) errors.Add(nameof(r.SwedishLevel), "Choose a level from A1 to C2, or None.");
        errors.CheckClientValues(r);
        var postcode = await errors.CheckPostcodeAsync(db, nameof(r.HomePostcode), r.HomePostcode, ct);
        await errors.CheckSkillsAsync(db, nameof(r.Skills), r.Skills ?? [], ct);
        await errors.CheckOccupationGroupsAsync(db, nameof(r.Experience), (r.Experience ?? []).Select(e => e.OccupationGroupId).ToList(), ct);
        await errors.CheckInterestsAsync(db, nameof(r.Interests), r.Interests ?? [], ct);
        await errors.CheckLanguagesAsync(db, nameof(r.Languages), (r.Languages ?? []).Select(l => l.LanguageId).ToList(), ct);
        await errors.CheckLicencesAsync(db, nameof(r.Licences), r.Licences ?? [], ct);
        if (r.HasCarAccess && (r.Licences ?? []).Count == 0) errors.Add(nameof(r.HasCarAccess), "Car access needs a driving licence.");
        else if (r.HasCarAccess && r.Transport.HasFlag(TransportFlags.Car) && (r.Licences ?? []).All(Marketplace.Matching.Taxonomy.DrivingLicences.IsKnown)
            && !Marketplace.Matching.Taxonomy.DrivingLicences.AllowsCar(r.Licences ?? []))
        {
            errors.Add(nameof(r.HasCarAccess), "Travelling by car needs a B licence, or a class that includes B.");
        }
        if (r.Transport == TransportFlags.None) errors.Add(nameof(r.Transport), "Choose at least one way to travel.");
        if (r.AvailableFrom.Year is < 2000 or > 2100) errors.Add(nameof(r.AvailableFrom), "Enter a date between 2000 and 2100.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (r.BirthDate is { } born && (born < today.AddYears(-100) || born > today.AddYears(-15)))
        {
            errors.Add(nameof(r.BirthDate), "Enter a birth date for someone 15 to 100 years old.");
        }
        errors.CheckMapPoint("HomePoint", r.HomeLat, r.HomeLon, postcode);
        return (errors, postcode);
    }

    /// <summary>Other candidates with the same e-mail, the same phone, or the same name and birth
    /// date: probably the same person registered twice. A warning for the coach, not a refusal
    /// (families share phones, names repeat). Names are compared here, not in SQL: SQLite's NOCASE
    /// folds ASCII only, so "Åsa Öberg" and "asa oberg" would not meet there.</summary>
    public async Task<List<Candidate>> PossibleDuplicatesAsync(CandidateRequest r, int? exceptId, CancellationToken ct)
    {
        var email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim();
        var phone = string.IsNullOrWhiteSpace(r.Phone) ? null : r.Phone.Trim();
        var born = r.BirthDate;
        if (email is null && phone is null && born is null)
        {
            return [];
        }
        var candidates = await db.Candidates
            .Where(c => c.Id != exceptId && ((email != null && c.Email == email) || (phone != null && c.Phone == phone) || (born != null && c.BirthDate == born)))
            .AsNoTracking().Take(200).ToListAsync(ct);
        var name = NameKey(r.FirstName, r.LastName);
        return candidates.Where(c => (email != null && string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase)) || (phone != null && c.Phone == phone)
                || (born != null && c.BirthDate == born && NameKey(c.FirstName, c.LastName) == name))
            .Take(5).ToList();
    }

    /// <summary>A name without case, accents or extra spaces: "Åsa  Öberg" → "asa oberg".</summary>
    public static string NameKey(string? first, string? last)
    {
        var decomposed = $"{first} {last}".Trim().Normalize(System.Text.NormalizationForm.FormD);
        var letters = decomposed.Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return string.Join(' ', new string(letters.ToArray()).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public Candidate NewCandidate(int unitId, string coachId, CandidateRequest r, Postcode postcode)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidate = new Candidate { FirstName = "", LastName = "", HomePostcode = "", UnitId = unitId, CoachId = coachId, RegisteredAt = now };
        Apply(r, candidate, postcode, now);
        db.Candidates.Add(candidate);
        return candidate;
    }

    /// <summary>Copies a validated request onto the entity, guarded by the version the user edited.</summary>
    public void Update(Candidate c, CandidateRequest r, Postcode postcode)
    {
        db.Entry(c).Property(x => x.Version).OriginalValue = r.Version!.Value;
        Apply(r, c, postcode, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Saves and puts the profile in the index (PRODUCT.md: an edited profile is
    /// searchable within 1 s); false when someone else changed it first.</summary>
    public async Task<bool> SaveAsync(Candidate c, CancellationToken ct)
    {
        if (!await db.TrySaveAsync(ct))
        {
            return false;
        }
        await index.UpsertAsync(db, c.Id, ct);
        return true;
    }

    /// <summary>Copies a validated request onto the entity. The home is the point picked on a map,
    /// snapped to the 250 m grid so it cannot reveal an address, or else the postcode's locality point.</summary>
    private static void Apply(CandidateRequest r, Candidate c, Postcode postcode, DateTime now)
    {
        c.FirstName = r.FirstName.Trim();
        c.LastName = r.LastName.Trim();
        c.Email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim();
        c.Phone = string.IsNullOrWhiteSpace(r.Phone) ? null : r.Phone.Trim();
        c.HomePostcode = postcode.Code;
        var home = r.HomeLat is { } lat && r.HomeLon is { } lon
            ? new Marketplace.Matching.Geo.GeoPoint(lat, lon).SnapToGrid()
            : new Marketplace.Matching.Geo.GeoPoint(postcode.Lat, postcode.Lon);
        c.HomeLat = home.Lat;
        c.HomeLon = home.Lon;
        c.SwedishLevel = r.SwedishLevel;
        c.SfiCourse = r.SfiCourse;
        c.SfiInProgress = r.SfiInProgress;
        c.EducationLevel = r.EducationLevel;
        c.Transport = r.Transport;
        c.HasCarAccess = r.HasCarAccess;
        c.MaxCommuteMinutes = r.MaxCommuteMinutes;
        c.AvailableFrom = r.AvailableFrom;
        c.Worktime = r.Worktime;
        if (r.ConsentToMatching && !c.ConsentToMatching)
        {
            c.ConsentGivenAt = now;
        }
        c.Searchable = r.Searchable;
        c.ConsentToMatching = r.ConsentToMatching;
        c.Summary = r.Summary;
        c.BirthDate = r.BirthDate ?? c.BirthDate;
        c.UpdatedAt = now;
        c.Skills = (r.Skills ?? []).Distinct().Select(s => new CandidateSkill { SkillId = s }).ToList();
        c.Experience = (r.Experience ?? []).Select(e => new CandidateExperience { OccupationGroupId = e.OccupationGroupId, Years = e.Years }).ToList();
        c.Languages = (r.Languages ?? []).Select(l => new CandidateLanguage { LanguageId = l.LanguageId, Level = l.Level, MotherTongue = l.MotherTongue }).ToList();
        c.Licences = (r.Licences ?? []).Distinct().Select(l => new CandidateLicence { LicenceClass = l }).ToList();
        c.Interests = (r.Interests ?? []).Distinct().Select(i => new CandidateInterest { OccupationGroupId = i }).ToList();
    }
}
