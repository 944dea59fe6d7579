using System.Globalization;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Matching.Scoring;
using Marketplace.Web.Access;
using Marketplace.Web.Matching;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.CandidatePortal;

public sealed record ConsentQuestion(int Id, string Employer, string Placement, ConsentState State, DateTime Deadline);

public sealed record Application(string Placement, string Employer, CoachStatus Status);

[Authorize(Roles = Roles.Candidate)]
public sealed class IndexModel(AccessPolicy access, MarketplaceDbContext db, ConsentService consents, MatchingService matching, OutcomeService outcomes,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Marketplace.Data.Entities.Candidate? Profile { get; private set; }
    public List<AccessAuditEntry> Views { get; private set; } = [];
    public List<ConsentQuestion> Questions { get; private set; } = [];
    public List<Application> Applications { get; private set; } = [];
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
        Profile = await access.OpenCandidateAsync(me, id, "own", ct);
        var key = id.ToString(CultureInfo.InvariantCulture);
        Views = await db.AccessAudit.Where(a => a.ObjectKind == "Candidate" && a.ObjectId == key && a.Permitted)
            .OrderByDescending(a => a.Id).Take(50).AsNoTracking().ToListAsync(ct);
        var now = consents.Now;
        var requests = await access.VisibleConsentRequests(me).OrderByDescending(r => r.Id)
            .Select(r => new { r, Placement = r.ShortlistEntry!.Placement!.Title, Employer = r.ShortlistEntry!.Placement!.EmployerOrganisation!.Name })
            .Take(50).AsNoTracking().ToListAsync(ct);
        Questions = requests.Select(x => new ConsentQuestion(x.r.Id, x.Employer, x.Placement, ConsentService.Effective(x.r, now), x.r.Deadline)).ToList();
        Applications = await access.VisibleShortlistEntries(me).OrderByDescending(e => e.Id)
            .Select(e => new Application(e.Placement!.Title, e.Placement.EmployerOrganisation!.Name, e.CoachStatus)).Take(50).ToListAsync(ct);
        Outcomes = await outcomes.ListAsync(me, id, ct);
        Matches = (await matching.RankPlacementsAsync(me, id, MatchWeights.Default, 5, ct))?.Results ?? [];
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
            : l[outcome.Errors?.All.First().Value[0] ?? "Something went wrong."];
        return RedirectToPage("/Candidate/Index", null, null, "questions");
    }
}
