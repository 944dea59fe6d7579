using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Pages.Shared;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Employer;

/// <summary>The full profile of a candidate presented to us, only after they said yes for this
/// placement; every view is logged with the placement as its purpose.</summary>
[Authorize(Roles = Roles.EmployerUser)]
public sealed class CandidateModel(AccessPolicy access, ConsentService consents, MarketplaceDbContext db) : PageModel
{
    public Data.Entities.Candidate? Candidate { get; private set; }
    public ShortlistEntry? Entry { get; private set; }
    public ProfileLabels? Labels { get; private set; }

    public async Task<IActionResult> OnGetAsync(int entryId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Entry = await access.FindAsync(me, access.VisibleShortlistEntries(me), "ShortlistEntry", entryId, ct);
        if (Entry is null)
        {
            return NotFound();
        }
        if (!await consents.IsSharedAsync(entryId, ct))
        {
            await access.LogDenialAsync(me, "Candidate", Entry.CandidateId, ct);
            return NotFound();
        }
        Candidate = await access.OpenCandidateAsync(me, Entry.CandidateId, $"placement:{Entry.PlacementId}", ct);
        if (Candidate is null)
        {
            return NotFound();
        }
        Labels = await ProfileLabels.LoadAsync(db, Candidate, ct);
        return Page();
    }
}
