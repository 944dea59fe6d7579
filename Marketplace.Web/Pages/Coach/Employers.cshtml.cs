using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

/// <summary>Employers for coaches: newly self-registered organisations nobody has taken yet (the
/// default view), the ones the coach holds, or all; take or hand back a relationship.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class EmployersModel(EmployerRelationsService relations, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public EmployerListFilter Filter { get; private set; }
    public string? ShowError { get; private set; }
    public List<EmployerRelationRow> Rows { get; private set; } = [];
    public string MyId => CurrentUser.From(User)!.Id;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!EmployerListFilters.TryParse(Show, out var filter))
        {
            // A hand-edited address: say so and show the default list rather than fail.
            ShowError = l[EmployerListFilters.Message];
        }
        Filter = filter;
        Rows = await relations.ListAsync(CurrentUser.From(User)!, filter, ct);
    }

    public Task<IActionResult> OnPostTakeAsync(int id, CancellationToken ct) =>
        ChangeAsync(relations.TakeAsync(CurrentUser.From(User)!, id, ct), "You now hold the relationship with {0}.");

    public Task<IActionResult> OnPostReleaseAsync(int id, CancellationToken ct) =>
        ChangeAsync(relations.ReleaseAsync(CurrentUser.From(User)!, id, ct), "You no longer hold the relationship with {0}.");

    private async Task<IActionResult> ChangeAsync(Task<UseCaseResult<EmployerOrganisation>> change, string done)
    {
        var outcome = await change;
        if (outcome.NotFound)
        {
            return NotFound();
        }
        TempData["Message"] = outcome.Value is { } e
            ? l[done, e.Name].Value
            : l["Another coach changed this relationship a moment ago; the list shows who holds it now."].Value;
        return RedirectToPage(new { show = Show });
    }
}
