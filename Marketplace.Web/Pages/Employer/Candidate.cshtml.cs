using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Pages.Shared;
using Marketplace.Web.Workflows;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Employer;

/// <summary>The full profile of a candidate presented to us, only after they said yes for this
/// placement; every view is logged with the placement as its purpose.</summary>
[Authorize(Roles = Roles.EmployerUser)]
public sealed class CandidateModel(PresentedCandidates presented, TaxonomyLabels taxonomy, IStringLocalizer<SharedResource> l) : PageModel
{
    public Data.Entities.Candidate? Candidate { get; private set; }
    public ShortlistEntry? Entry { get; private set; }
    public ProfileLabels? Labels { get; private set; }

    public async Task<IActionResult> OnGetAsync(int entryId, CancellationToken ct)
    {
        (Entry, Candidate) = await presented.OpenSharedAsync(CurrentUser.From(User)!, entryId, ct);
        if (Candidate is null)
        {
            return NotFound();
        }
        Labels = await ProfileLabels.LoadAsync(taxonomy, l, Candidate, ct);
        return Page();
    }
}
