using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Employer;

/// <summary>Candidates presented for one of our placements: pseudonymised until the candidate says
/// yes, with the employer's assessment of each.</summary>
[Authorize(Roles = Roles.EmployerUser)]
public sealed class PlacementModel(AccessPolicy access, PresentedCandidates presented, ShortlistService shortlists, IStringLocalizer<SharedResource> l) : PageModel
{
    public Placement? Placement { get; private set; }
    public List<PresentedCandidateDto> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Placement = await access.FindAsync(me, access.VisiblePlacements(me), "Placement", id, ct);
        if (Placement is null)
        {
            return NotFound();
        }
        Candidates = await presented.ForPlacementAsync(me, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAssessAsync(int id, int entryId, EmployerAssessment assessment, string? note, Guid version, CancellationToken ct)
    {
        var outcome = await shortlists.SetAssessmentAsync(CurrentUser.From(User)!, entryId, assessment, note, version, ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }
        TempData["Message"] = outcome.Value is not null
            ? l["Saved: {0}.", l[Words.Of(assessment)]].Value
            : l["The assessment could not be saved. Reload the page and try again."].Value;
        return RedirectToPage("/Employer/Placement", new { id });
    }

    public static IEnumerable<EmployerAssessment> NextAssessments(EmployerAssessment from) =>
        Enum.GetValues<EmployerAssessment>().Where(to => ShortlistService.CanMove(from, to));
}
