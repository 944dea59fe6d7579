using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Matching.Taxonomy;
using Marketplace.Web.Access;
using Marketplace.Web.CandidateSearch;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>Saving a candidate profile, the one use case behind the coach's form and the API: what a
/// valid profile is, the warning for a person registered twice, how a request lands on the entity,
/// and that every saved profile is searchable right after the save.</summary>
public sealed class CandidateProfileService(MarketplaceDbContext db, AccessPolicy access, CandidateIndexService index, TimeProvider clock,
    Notifications.NotificationStage notes)
{
    /// <summary>The candidate decides whether matching finds them: on sets both their consent to
    /// matching and the searchable flag, off clears both. Takes effect in the index at once; their
    /// coach is told. Only the candidate themself (anyone else: not found, logged).</summary>
    public async Task<UseCaseResult<Candidate>> SetSearchableAsync(CurrentUser me, int candidateId, bool searchable, CancellationToken ct)
    {
        var candidate = me.CandidateId == candidateId ? await db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId, ct) : null;
        if (candidate is null)
        {
            await access.LogDenialAsync(me, "Candidate", candidateId, ct);
            return UseCaseResult<Candidate>.Missing();
        }
        if (candidate.Searchable == searchable && candidate.ConsentToMatching == searchable)
        {
            return UseCaseResult<Candidate>.Done(candidate);
        }
        candidate.Searchable = searchable;
        candidate.ConsentToMatching = searchable;
        candidate.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await notes.AddAsync(candidate.CoachId, me.Id, Notifications.NotificationKinds.SearchableChanged, new(To: searchable ? "on" : "off"), ct);
        if (!await notes.TrySaveAsync(ct))
        {
            return UseCaseResult<Candidate>.Stale();
        }
        await index.UpsertAsync(db, candidate.Id, ct);
        return UseCaseResult<Candidate>.Done(candidate);
    }

    /// <summary>Opens a profile to edit it (the view is audited with the purpose "edit"), or null:
    /// a coach edits their own unit's candidates, not those another unit shares (decisions/0015).</summary>
    public Task<Candidate?> OpenForEditAsync(CurrentUser me, int id, CancellationToken ct) => access.OpenCandidateToChangeAsync(me, id, ct);

    /// <summary>Saves a profile: a new one in the coach's unit when <paramref name="existing"/> is
    /// null, else the opened one, guarded by the version the coach edited. Nothing is written when
    /// there is an error, or when the request looks like a person already registered and the coach
    /// has not confirmed it is someone else (<see cref="ProfileSave.Duplicates"/>). Every saved
    /// profile is searchable right after the save. <paramref name="unreadable"/> holds what the
    /// caller could not even read (a page's letter in a number field).</summary>
    public async Task<UseCaseResult<ProfileSave>> SaveAsync(CurrentUser me, Candidate? existing, CandidateRequest r, FieldErrors? unreadable,
        CancellationToken ct)
    {
        if (me.UnitId is not { } unitId)
        {
            return UseCaseResult<ProfileSave>.Missing();
        }
        var (found, postcode) = await ValidateAsync(r, ct);
        // The caller's errors first: what could not be read explains what follows from it.
        var errors = unreadable ?? new FieldErrors();
        errors.AddAll(found);
        if (existing is not null && r.Version is null)
        {
            errors.Add(nameof(r.Version), "Send the version you edited, so a concurrent change is not overwritten.");
        }
        if (errors.Any)
        {
            return UseCaseResult<ProfileSave>.Invalid(errors);
        }
        if (!r.ConfirmedNotDuplicate)
        {
            var duplicates = await PossibleDuplicatesAsync(me, r, existing?.Id, ct);
            if (duplicates.Any)
            {
                return UseCaseResult<ProfileSave>.Done(new ProfileSave(null, duplicates));
            }
        }
        var candidate = existing ?? NewCandidate(unitId, me.Id, postcode!);
        if (existing is not null)
        {
            db.Entry(existing).Property(x => x.Version).OriginalValue = r.Version!.Value;
        }
        Apply(r, candidate, postcode!, clock.GetUtcNow().UtcDateTime);
        if (!await db.TrySaveAsync(ct))
        {
            return UseCaseResult<ProfileSave>.Stale();
        }
        // PRODUCT.md: an edited profile is searchable within 1 s.
        await index.UpsertAsync(db, candidate.Id, ct);
        return UseCaseResult<ProfileSave>.Done(new ProfileSave(candidate, PossibleDuplicates.None));
    }

    /// <summary>The database rules (taxonomy ids, postcode, consistency); attribute rules run before this.</summary>
    private async Task<(FieldErrors Errors, Postcode? Postcode)> ValidateAsync(CandidateRequest r, CancellationToken ct)
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
        else if (r.HasCarAccess && r.Transport.HasFlag(TransportFlags.Car) && (r.Licences ?? []).All(DrivingLicences.IsKnown)
            && !DrivingLicences.AllowsCar(r.Licences ?? []))
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
    /// folds ASCII only, so "Åsa Öberg" and "asa oberg" would not meet there. The coach is shown
    /// the ones they may see; of the others only the unit to contact, so the check leaks no profile.</summary>
    private async Task<PossibleDuplicates> PossibleDuplicatesAsync(CurrentUser me, CandidateRequest r, int? exceptId, CancellationToken ct)
    {
        var email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim();
        var phone = string.IsNullOrWhiteSpace(r.Phone) ? null : r.Phone.Trim();
        var born = r.BirthDate;
        if (email is null && phone is null && born is null)
        {
            return PossibleDuplicates.None;
        }
        var candidates = await db.Candidates
            .Where(c => c.Id != exceptId && ((email != null && c.Email == email) || (phone != null && c.Phone == phone) || (born != null && c.BirthDate == born)))
            .AsNoTracking().Take(200).ToListAsync(ct);
        var name = NameKey(r.FirstName, r.LastName);
        var found = candidates.Where(c => (email != null && string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase)) || (phone != null && c.Phone == phone)
                || (born != null && c.BirthDate == born && NameKey(c.FirstName, c.LastName) == name))
            .Take(5).ToList();
        if (found.Count == 0)
        {
            return PossibleDuplicates.None;
        }
        var ids = found.Select(c => c.Id).ToList();
        var visible = await access.VisibleCandidates(me).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        var otherUnits = found.Where(c => !visible.Contains(c.Id)).Select(c => c.UnitId).Distinct().ToList();
        var unitNames = otherUnits.Count == 0 ? []
            : await db.Units.Where(u => otherUnits.Contains(u.Id)).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
        return new PossibleDuplicates(found.Where(c => visible.Contains(c.Id)).ToList(), unitNames);
    }

    /// <summary>A name without case, accents or extra spaces: "Åsa  Öberg" → "asa oberg".</summary>
    public static string NameKey(string? first, string? last)
    {
        var decomposed = $"{first} {last}".Trim().Normalize(System.Text.NormalizationForm.FormD);
        var letters = decomposed.Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return string.Join(' ', new string(letters.ToArray()).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private Candidate NewCandidate(int unitId, string coachId, Postcode postcode)
    {
        var candidate = new Candidate
        {
            FirstName = "",
            LastName = "",
            HomePostcode = postcode.Code,
            UnitId = unitId,
            CoachId = coachId,
            RegisteredAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Candidates.Add(candidate);
        return candidate;
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

/// <summary>What a save came to: <see cref="Saved"/> is the stored profile, or null when nothing was
/// written because of <see cref="Duplicates"/> (the coach confirms, then saves again).</summary>
public sealed record ProfileSave(Candidate? Saved, PossibleDuplicates Duplicates);

/// <summary>Profiles that may be the same person: those the coach may see, and the names of the
/// units holding the others (never the person).</summary>
public sealed record PossibleDuplicates(IReadOnlyList<Candidate> Visible, IReadOnlyList<string> ElsewhereUnits)
{
    public static PossibleDuplicates None { get; } = new([], []);

    public bool Any => Visible.Count + ElsewhereUnits.Count > 0;
}
