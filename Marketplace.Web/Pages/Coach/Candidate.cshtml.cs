using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Coach;

[Authorize(Roles = Roles.Coach)]
public sealed class CandidateModel(AccessPolicy access, MarketplaceDbContext db) : PageModel
{
    public Candidate? Candidate { get; private set; }
    public List<string> SkillLabels { get; private set; } = [];
    public List<string> ExperienceLabels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Candidate = await access.OpenCandidateAsync(CurrentUser.From(User)!, id, "caseload", ct);
        if (Candidate is null)
        {
            return NotFound();
        }
        (SkillLabels, ExperienceLabels) = await Shared.ProfileLabels.LoadAsync(db, Candidate, ct);
        return Page();
    }
}
