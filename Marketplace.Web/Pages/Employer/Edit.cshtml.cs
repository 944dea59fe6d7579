using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Pages.Shared;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Employer;

/// <summary>Create or edit a placement, and move it along its lifecycle. Validation is the API's
/// (<see cref="PlacementService"/> plus the request's attributes); nothing is saved on an error.</summary>
[Authorize(Roles = Roles.EmployerUser)]
public sealed class EditModel(TaxonomyLabels taxonomy, PlacementService placements, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PlacementForm Form { get; set; } = new();

    public Placement? Placement { get; private set; }
    public Dictionary<string, string> Labels { get; private set; } = [];
    public List<string> LicenceClasses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            if (await LoadAsync(existing, ct) is null)
            {
                return NotFound();
            }
            var group = await taxonomy.GroupChoiceAsync(Placement!.OccupationGroupId, ct);
            Form = PlacementForm.From(Placement!, group ?? "");
        }
        else
        {
            Form.StartDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(14);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (id is { } existing && await LoadAsync(existing, ct) is null)
        {
            return NotFound();
        }
        // A value the binder could not read (a letter in "Seats") is reported on its field too.
        var unreadable = UnreadableValues.Take(ModelState);
        var groupId = await taxonomy.GroupIdAsync(Form.OccupationGroup, ct);
        var request = Form.ToRequest(groupId ?? (Form.OccupationGroup ?? "").Trim());
        var errors = new FieldErrors();
        foreach (var key in unreadable)
        {
            errors.Add(key, "Check this value.");
        }
        errors.AddAttributeErrors(request);
        var result = Placement is null
            ? await placements.CreateAsync(me, request, errors, ct)
            : await placements.UpdateAsync(me, Placement.Id, request, errors, ct);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (result.Value is not { } saved)
        {
            if (result.Conflict)
            {
                ModelState.AddModelError("", l["Someone else changed this placement after you opened it. Reload the page and make your change again."]);
            }
            result.Errors?.AddTo(ModelState, Friendly, PlacementForm.FieldFor);
            await LoadChoicesAsync(ct);
            return Page();
        }
        TempData["Message"] = l["The placement was saved."].Value;
        return RedirectToPage("/Employer/Edit", new { id = saved.Id });
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, PlacementStatus status, Guid version, CancellationToken ct)
    {
        var result = await placements.MoveAsync(CurrentUser.From(User)!, id, status, version, ct);
        if (result.NotFound)
        {
            return NotFound();
        }
        TempData["Message"] = result.Value is null
            ? l["The status could not be changed. Reload the page and try again."].Value
            : l["The placement is now: {0}.", l[status.ToString()]].Value;
        return RedirectToPage("/Employer/Edit", new { id });
    }

    public static bool CanMove(PlacementStatus from, PlacementStatus to) => PlacementService.CanMove(from, to);

    private async Task<Placement?> LoadAsync(int id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Placement = await placements.FindAsync(me, id, ct);
        return Placement;
    }

    /// <summary>Labels for the ids already picked (so chips read as words) and the licence classes.</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Labels = await taxonomy.ChipsAsync(Form.RequiredSkills.Concat(Form.NiceToHaveSkills).Concat(Form.UsefulLanguages), ct);
        LicenceClasses = await taxonomy.LicenceClassesAsync(ct);
    }

    /// <summary>The attribute messages are the framework's English; each field gets a plain,
    /// translated sentence instead. Database rules already speak plainly and are translated as is.</summary>
    // A message that is a resource key was written for people (the workflow's own rules); the
    // field's wording below replaces only the attributes' English defaults.
    private string Friendly(string field, string message) => !l[message].ResourceNotFound ? l[message] : field switch
    {
        nameof(PlacementRequest.Title) => l["Enter a title of 3 to 200 characters."],
        nameof(PlacementRequest.Description) => l["Describe the work in 10 to 4000 characters."],
        nameof(PlacementRequest.OccupationGroupId) => l["Pick an occupation group from the list."],
        nameof(PlacementRequest.WorkplacePostcode) => l["Enter a Swedish postcode with five digits, e.g. 392 31."],
        nameof(PlacementRequest.HoursPerWeek) => l["Enter hours per week between 1 and 60."],
        nameof(PlacementRequest.DurationWeeks) => l["Enter a duration between 1 and 104 weeks."],
        nameof(PlacementRequest.Seats) => l["Enter between 1 and 100 seats."],
        nameof(PlacementRequest.SupervisorPhone) => l["Enter a phone number, e.g. 070-123 45 67."],
        nameof(PlacementRequest.StartDate) => l["Enter a start date within the coming two years."],
        _ => l[message],
    };
}
