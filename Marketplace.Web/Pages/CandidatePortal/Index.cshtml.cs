using Marketplace.Data.Entities;
using Marketplace.Matching.Scoring;
using Marketplace.Web.Access;
using Marketplace.Web.CandidateSearch;
using Marketplace.Web.Pages.Shared;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.CandidatePortal;

public sealed record ConsentQuestion(int Id, string Employer, string Placement, ConsentState State, DateTime Deadline);

public sealed record Application(string Placement, string Employer, CoachStatus Status);

public sealed record MeetingInvite(int InvitationId, string Title, DateTime StartsAt, DateTime EndsAt, string Place, DateTime Deadline,
    MeetingStatus Status, InvitationState State, List<string> Employers);

[Authorize(Roles = Roles.Candidate)]
public sealed class IndexModel(AccessPolicy access, ConsentService consents, ProfileViewService views, MatchingService matching, OutcomeService outcomes,
    Meetings.MeetingService meetings, CandidateProfileService profiles, IStringLocalizer<SharedResource> l) : PageModel
{
    public Marketplace.Data.Entities.Candidate? Profile { get; private set; }
    public IReadOnlyList<ProfileView> Views { get; private set; } = [];
    public List<ConsentQuestion> Questions { get; private set; } = [];
    public List<Application> Applications { get; private set; } = [];
    public List<MeetingInvite> Meetings { get; private set; } = [];
    public DateTime Now => consents.Now;

    [TempData]
    public string? MeetingMessage { get; set; }
    /// <summary>What the coach recorded that the candidate went on to: placement, job, studies.</summary>
    public List<CandidateOutcome> Outcomes { get; private set; } = [];

    /// <summary>Open placements that suit the candidate, with the same reasons a coach sees.</summary>
    public IReadOnlyList<MatchRow> Matches { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (me.CandidateId is not { } id)
        {
            return;
        }
        Profile = await access.OpenCandidateAsync(me, id, ViewPurposes.Own, ct);
        Views = await views.ListAsync(me, id, 50, ct) ?? [];
        var now = consents.Now;
        var requests = await access.VisibleConsentRequests(me).OrderByDescending(r => r.Id)
            .Select(r => new { r, Placement = r.ShortlistEntry!.Placement!.Title, Employer = r.ShortlistEntry!.Placement!.EmployerOrganisation!.Name })
            .Take(50).AsNoTracking().ToListAsync(ct);
        Questions = requests.Select(x => new ConsentQuestion(x.r.Id, x.Employer, x.Placement, ConsentService.Effective(x.r, now), x.r.Deadline)).ToList();
        Applications = await access.VisibleShortlistEntries(me).OrderByDescending(e => e.Id)
            .Select(e => new Application(e.Placement!.Title, e.Placement.EmployerOrganisation!.Name, e.CoachStatus)).Take(50).ToListAsync(ct);
        Meetings = await access.VisibleInvitations(me).OrderByDescending(i => i.Meeting!.StartsAt).Take(20)
            .Select(i => new MeetingInvite(i.Id, i.Meeting!.Title, i.Meeting.StartsAt, i.Meeting.EndsAt, i.Meeting.Place, i.Meeting.AnswerDeadline,
                i.Meeting.Status, i.State, i.Meeting.Employers.Select(e => e.EmployerOrganisation!.Name).ToList()))
            .AsNoTracking().ToListAsync(ct);
        Outcomes = await outcomes.ListAsync(me, id, ct);
        Matches = (await matching.RankPlacementsAsync(me, id, MatchWeights.Default, 5, ct))?.Results ?? [];
    }

    public async Task<IActionResult> OnPostMeetingAsync(int invitationId, bool accept, CancellationToken ct)
    {
        var outcome = await meetings.AnswerAsync(CurrentUser.From(User)!, invitationId, accept, ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }
        MeetingMessage = outcome.Value is { } i
            ? l[i.State switch
            {
                InvitationState.Accepted => "Thank you. You have a place. Welcome!",
                InvitationState.Waitlisted => "Thank you. The meeting is full, so you are on the waiting list. We will tell you if a place becomes free.",
                _ => "Thank you. We have noted that you will not come.",
            }]
            : outcome.Conflict ? l["Many answered at the same time. Please try again."]
            : outcome.Errors.FirstMessage(l);
        return RedirectToPage("/CandidatePortal/Index", null, null, "meetings");
    }

    /// <summary>The candidate takes a consent back: the employer no longer sees the profile.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(int requestId, CancellationToken ct)
    {
        var outcome = await consents.WithdrawAsync(CurrentUser.From(User)!, requestId, ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }
        Message = outcome.Value is not null
            ? l["Done. The employer can no longer see your profile. Your coach has been told."]
            : outcome.Conflict ? l["Many answered at the same time. Please try again."]
            : outcome.Errors.FirstMessage(l);
        return RedirectToPage("/CandidatePortal/Index", null, null, "questions");
    }

    public async Task<IActionResult> OnPostSearchableAsync(bool searchable, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await profiles.SetSearchableAsync(me, me.CandidateId ?? 0, searchable, ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }
        Message = outcome.Value is null ? l["Many answered at the same time. Please try again."]
            : searchable ? l["Coaches can now find you when they look for candidates for a placement."]
            : l["Coaches no longer find you when they look for candidates. Your coach has been told."];
        return RedirectToPage("/CandidatePortal/Index", null, null, "about-me");
    }

    public async Task<IActionResult> OnPostAnswerAsync(int requestId, bool accept, CancellationToken ct)
    {
        var outcome = await consents.AnswerAsync(CurrentUser.From(User)!, requestId, accept, ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }
        Message = outcome.Value is not null
            ? (accept ? l["Thank you. The employer can now see your profile."] : l["Thank you. Your profile will not be shared with this employer."])
            : outcome.Errors.FirstMessage(l);
        return RedirectToPage("/CandidatePortal/Index", null, null, "questions");
    }
}
