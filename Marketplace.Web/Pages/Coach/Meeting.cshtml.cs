using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Meetings;
using Marketplace.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

public sealed record InviteChoice(int EntryId, int CandidateId, string Candidate, string Placement);

/// <summary>The coach's meeting: details, lifecycle, inviting from the employers' shortlists, the
/// answers (updated live as candidates answer), attendance and outcome afterwards, and the history.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class MeetingModel(MeetingService meetings, AccessPolicy access, MarketplaceDbContext db, TaxonomyLabels taxonomy, IStringLocalizer<SharedResource> l) : PageModel
{
    public RecruitmentMeeting? Meeting { get; private set; }
    public Dictionary<int, string> CandidateNames { get; private set; } = [];
    public List<InviteChoice> Invitable { get; private set; } = [];
    public List<MeetingEvent> History { get; private set; } = [];
    public Dictionary<string, string> UserNames { get; private set; } = [];
    public Dictionary<string, string> LanguageNames { get; private set; } = [];
    public Dictionary<string, string> SkillNames { get; private set; } = [];
    public DateTime Now => meetings.Now;

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool MessageIsError { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Meeting = await meetings.FindAsync(me, id, ct);
        if (Meeting is null)
        {
            return NotFound();
        }
        var invited = Meeting.Invitations.Select(i => i.CandidateId).ToList();
        CandidateNames = await db.Candidates.Where(c => invited.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, ct);
        await access.LogListedAsync(me, invited, ViewPurposes.Meeting(id), ct);
        var employers = Meeting.Employers.Select(e => e.EmployerOrganisationId).ToList();
        Invitable = (await access.VisibleShortlistEntries(me)
            .Where(e => employers.Contains(e.Placement!.EmployerOrganisationId) && !invited.Contains(e.CandidateId)
                && e.CoachStatus != CoachStatus.NotInterested && e.CoachStatus != CoachStatus.NotSuitable)
            .OrderBy(e => e.Candidate!.LastName).ThenBy(e => e.Candidate!.FirstName)
            .Select(e => new InviteChoice(e.Id, e.CandidateId, e.Candidate!.FirstName + " " + e.Candidate.LastName, e.Placement!.Title)).Take(500).ToListAsync(ct))
            // One line per candidate even when they are on several of the employers' shortlists.
            .DistinctBy(c => c.CandidateId).ToList();
        History = await db.MeetingEvents.Where(e => e.RecruitmentMeetingId == id).OrderBy(e => e.Id).AsNoTracking().ToListAsync(ct);
        var userIds = History.Select(h => h.ById).Distinct().ToList();
        UserNames = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var languages = Meeting.Employers.Where(e => e.WorkingLanguageId != null).Select(e => e.WorkingLanguageId!);
        var skills = Meeting.Employers.SelectMany(e => e.Skills.Select(s => s.SkillId));
        // One look-up for both; skill and language ids never collide (JobTech concept ids).
        LanguageNames = SkillNames = await taxonomy.ChipsAsync(languages.Concat(skills), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, MeetingStatus status, Guid version, CancellationToken ct) =>
        Done(id, await meetings.MoveAsync(CurrentUser.From(User)!, id, status, version, ct), l["The meeting is now: {0}.", l[Words.Of(status)]]);

    public async Task<IActionResult> OnPostInviteAsync(int id, List<int> entryIds, CancellationToken ct) =>
        Done(id, await meetings.InviteAsync(CurrentUser.From(User)!, id, entryIds, ct), l["The invitations have been sent."]);

    public async Task<IActionResult> OnPostAttendanceAsync(int id, int invitationId, bool attended, MeetingOutcome outcome, CancellationToken ct) =>
        Done(id, await meetings.RecordAttendanceAsync(CurrentUser.From(User)!, invitationId, attended, outcome, ct), l["Saved."]);

    public string Who(string id) => id == MeetingService.System ? l["Marketplace"] : UserNames.GetValueOrDefault(id, l["the candidate"]);

    public string NameOf(int? invitationId) =>
        Meeting!.Invitations.FirstOrDefault(i => i.Id == invitationId) is { } i ? CandidateNames.GetValueOrDefault(i.CandidateId, "") : "";

    private IActionResult Done<T>(int id, UseCaseResult<T> outcome, string ok) where T : class
    {
        if (outcome.NotFound)
        {
            return NotFound();
        }
        MessageIsError = outcome.Value is null;
        Message = outcome.Value is not null ? ok
            : outcome.Conflict ? l["Someone else changed this meanwhile. Look at it again and retry."]
            : outcome.Errors.FirstMessage(l);
        return RedirectToPage("/Coach/Meeting", new { id });
    }
}
