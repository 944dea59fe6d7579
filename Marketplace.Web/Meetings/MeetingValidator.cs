using System.Globalization;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Meetings;

/// <summary>What a meeting request must satisfy beyond its attributes: times, answer date,
/// places against those already coming, and employers, skills and languages that exist and that
/// the coach may see. Kept apart from <see cref="MeetingService"/>, which changes meetings.</summary>
public sealed class MeetingValidator(MarketplaceDbContext db, AccessPolicy access, TimeProvider clock)
{
    /// <summary>The database rules; the request's attributes are checked before this.</summary>
    public async Task<FieldErrors> ValidateAsync(CurrentUser coach, MeetingRequest r, RecruitmentMeeting? existing, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.CheckClientValues(r);
        var now = clock.GetUtcNow().UtcDateTime;
        var starts = MeetingService.Utc(r.StartsAt);
        var ends = MeetingService.Utc(r.EndsAt);
        var deadline = MeetingService.Utc(r.AnswerDeadline);
        var timeChanged = existing is null || existing.StartsAt != starts || existing.EndsAt != ends;
        if (timeChanged && starts <= now)
        {
            errors.Add(nameof(r.StartsAt), "The meeting must start in the future.");
        }
        if (ends <= starts)
        {
            errors.Add(nameof(r.EndsAt), "The meeting must end after it starts.");
        }
        else if (ends - starts > MeetingService.MaxLength)
        {
            errors.Add(nameof(r.EndsAt), "A meeting can last at most 12 hours.");
        }
        if (deadline >= starts)
        {
            errors.Add(nameof(r.AnswerDeadline), "The answer date must be before the meeting starts.");
        }
        else if ((existing is null || existing.AnswerDeadline != deadline) && deadline <= now)
        {
            errors.Add(nameof(r.AnswerDeadline), "The answer date must be in the future.");
        }
        var accepted = existing?.Invitations.Count(i => i.State == InvitationState.Accepted) ?? 0;
        if (existing is not null && r.Capacity < accepted)
        {
            errors.Add(nameof(r.Capacity), $"{accepted} people have already said yes; the number of places cannot be lower.");
        }
        errors.CheckMapPoint("PlacePoint", r.PlaceLat, r.PlaceLon, null);
        var employers = r.Employers ?? [];
        if (employers.Count == 0)
        {
            errors.Add(nameof(r.Employers), "Add at least one employer.");
        }
        if (employers.Select(e => e.EmployerId).Distinct().Count() != employers.Count)
        {
            errors.Add(nameof(r.Employers), "Each employer can be added once.");
        }
        var ids = employers.Select(e => e.EmployerId).Distinct().ToList();
        var known = await access.VisibleEmployers(coach).Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
        foreach (var unknown in ids.Except(known))
        {
            errors.Add(nameof(r.Employers), string.Format(CultureInfo.InvariantCulture, "Unknown employer '{0}'.", unknown));
        }
        foreach (var e in employers)
        {
            if (e.Positions is < 1 or > 100)
            {
                errors.Add(nameof(MeetingEmployerRequest.Positions), "Enter between 1 and 100 positions for each employer.");
            }
            if (e.Needs is { Length: > 2000 })
            {
                errors.Add(nameof(MeetingEmployerRequest.Needs), "Describe the needs in at most 2000 characters.");
            }
            if ((e.Skills ?? []).Count > 30)
            {
                errors.Add(nameof(MeetingEmployerRequest.Skills), "Choose at most 30 skills for each employer.");
            }
            await errors.CheckSkillsAsync(db, nameof(MeetingEmployerRequest.Skills), e.Skills ?? [], ct);
            if (!string.IsNullOrEmpty(e.WorkingLanguageId))
            {
                await errors.CheckLanguagesAsync(db, nameof(MeetingEmployerRequest.WorkingLanguageId), [e.WorkingLanguageId], ct);
            }
        }
        return errors;
    }
}
