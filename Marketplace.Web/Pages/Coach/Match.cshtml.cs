using Marketplace.Data.Entities;
using Marketplace.Matching.Scoring;
using Marketplace.Web.Access;
using Marketplace.Web.CandidateSearch;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

/// <summary>A placement's ranked candidates with adjustable weights, every reason one click away,
/// and a look-up of why a given candidate is not on the list.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class MatchModel(MatchingService matching, AccessPolicy access, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public double? Skills { get; set; }
    [BindProperty(SupportsGet = true)] public double? Language { get; set; }
    [BindProperty(SupportsGet = true)] public double? Commute { get; set; }
    [BindProperty(SupportsGet = true)] public double? Interest { get; set; }
    [BindProperty(SupportsGet = true, Name = "explain")] public int? ExplainId { get; set; }

    public Placement? Placement { get; private set; }
    public MatchList? Result { get; private set; }
    public MatchRow? Explained { get; private set; }
    public List<Candidate> Caseload { get; private set; } = [];
    public List<(string Name, string Label, double Value)> WeightInputs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Placement = await access.FindAsync(me, access.VisiblePlacements(me).Include(p => p.EmployerOrganisation), "Placement", id, ct);
        if (Placement is null)
        {
            return NotFound();
        }
        var valid = MatchRequest.TryCreate(50, Skills, Language, Commute, Interest, out var weights, out var errors);
        if (!valid)
        {
            foreach (var (field, messages) in errors.All)
            {
                foreach (var m in messages) ModelState.AddModelError(field, l[m]);
            }
            weights = MatchWeights.Default;
        }
        WeightInputs =
        [
            ("skills", "Skills", Skills ?? MatchWeights.Default.Skills),
            ("language", "Language", Language ?? MatchWeights.Default.Language),
            ("commute", "Commute", Commute ?? MatchWeights.Default.Commute),
            ("interest", "Interest", Interest ?? MatchWeights.Default.Interest),
        ];
        Result = await matching.RankCandidatesAsync(me, id, weights, 50, ct);
        Caseload = await access.VisibleCandidates(me).OrderBy(c => c.LastName).ThenBy(c => c.FirstName).AsNoTracking().ToListAsync(ct);
        if (ExplainId is { } candidateId)
        {
            Explained = await matching.ExplainAsync(me, id, candidateId, weights, ct);
        }
        return Page();
    }
}
