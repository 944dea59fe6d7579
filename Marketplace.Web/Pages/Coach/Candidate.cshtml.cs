using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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
        var skillIds = Candidate.Skills.Select(s => s.SkillId).ToList();
        SkillLabels = await db.Skills.Where(s => skillIds.Contains(s.Id)).Select(s => s.Label).OrderBy(s => s).ToListAsync(ct);
        var groupIds = Candidate.Experience.Select(e => e.OccupationGroupId).ToList();
        var groups = await db.OccupationGroups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Label, ct);
        ExperienceLabels = Candidate.Experience.Select(e => $"{groups.GetValueOrDefault(e.OccupationGroupId)} ({e.Years} år)").ToList();
        return Page();
    }
}
