using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Pages.Coach;

[Authorize(Roles = Roles.Coach)]
public sealed class CandidateModel(AccessPolicy access, TaxonomyLabels taxonomy, Workflows.OutcomeService outcomes, IStringLocalizer<SharedResource> l) : PageModel
{
    public Candidate? Candidate { get; private set; }
    public List<string> SkillLabels { get; private set; } = [];
    public List<string> ExperienceLabels { get; private set; } = [];
    public List<CandidateOutcome> Outcomes { get; private set; } = [];
    /// <summary>False for a candidate another unit shares with this coach's: read only (decisions/0015).</summary>
    public bool MayChange { get; private set; }
    /// <summary>Shortlist entries that say "placed" or "hired" with no outcome for that placement
    /// yet: offered to the coach to confirm, never recorded on their own.</summary>
    public List<(int PlacementId, string Title, OutcomeKind Kind)> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Candidate = await access.OpenCandidateAsync(CurrentUser.From(User)!, id, ViewPurposes.Caseload, ct);
        if (Candidate is null)
        {
            return NotFound();
        }
        (SkillLabels, ExperienceLabels) = await Shared.ProfileLabels.LoadAsync(taxonomy, l, Candidate, ct);
        var me = CurrentUser.From(User)!;
        MayChange = Candidate.UnitId == me.UnitId;
        Outcomes = await outcomes.ListAsync(me, id, ct);
        var recorded = Outcomes.Where(o => o.PlacementId != null).Select(o => o.PlacementId!.Value).ToHashSet();
        Suggestions = (await access.VisibleShortlistEntries(me)
                .Where(e => e.CandidateId == id && (e.CoachStatus == CoachStatus.Placed || e.EmployerAssessment == EmployerAssessment.Hired))
                .Select(e => new { e.PlacementId, e.Placement!.Title, e.Placement.EmploymentForm }).AsNoTracking().ToListAsync(ct))
            .Where(e => !recorded.Contains(e.PlacementId))
            .Select(e => (e.PlacementId, e.Title, e.EmploymentForm == EmploymentForm.Placement ? OutcomeKind.Placement : OutcomeKind.Job)).ToList();
        return Page();
    }
}
