using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Pages.Shared;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

/// <summary>Create or edit a candidate profile with the candidate. Validation is the API's
/// (<see cref="CandidateProfileService"/> plus the request's attributes); nothing is saved on an error.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class EditCandidateModel(TaxonomyLabels taxonomy, CandidateProfileService profiles, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CandidateForm Form { get; set; } = new();

    public Marketplace.Data.Entities.Candidate? Candidate { get; private set; }
    public Dictionary<string, string> Labels { get; private set; } = [];
    public List<string> LicenceClasses { get; private set; } = [];
    /// <summary>Possible duplicates this coach may see: named, linked (the link is an audited view).</summary>
    public IReadOnlyList<Marketplace.Data.Entities.Candidate> Duplicates { get; private set; } = [];

    /// <summary>Units holding possible duplicates outside this coach's scope: the warning names
    /// the unit to contact, never the person, so the check itself leaks no profile.</summary>
    public IReadOnlyList<string> DuplicatesElsewhere { get; private set; } = [];

    /// <summary>Set when the coach has seen the duplicate warning and saves anyway.</summary>
    [BindProperty]
    public bool ConfirmedNotDuplicate { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            if (await LoadAsync(existing, ct) is null)
            {
                return NotFound();
            }
            var group = await taxonomy.GroupChoiceAsync(Candidate!.Experience.FirstOrDefault()?.OccupationGroupId, ct);
            Form = CandidateForm.From(Candidate!, group);
        }
        else
        {
            Form.AvailableFrom = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            Form.Transport = [TransportFlags.Walk, TransportFlags.PublicTransport];
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
        var unreadable = UnreadableValues.Take(ModelState);
        string? groupId = null;
        var errors = new FieldErrors();
        foreach (var key in unreadable)
        {
            errors.Add(key, "Check this value.");
        }
        if (!string.IsNullOrWhiteSpace(Form.ExperienceGroup))
        {
            groupId = await taxonomy.GroupIdAsync(Form.ExperienceGroup, ct);
            if (groupId is null)
            {
                errors.Add("Experience", "Pick an occupation group from the list.");
            }
        }
        // The form shows part of the profile; the request keeps the rows it does not show.
        var request = Form.ToRequest(groupId, Candidate) with { ConfirmedNotDuplicate = ConfirmedNotDuplicate };
        errors.AddAttributeErrors(request);
        var result = await profiles.SaveAsync(me, Candidate, request, errors, ct);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (result.Value is { Saved: { } saved })
        {
            TempData["Message"] = l["The profile was saved."].Value;
            return Redirect($"/Coach/Candidate/{saved.Id}");
        }
        if (result.Conflict)
        {
            ModelState.AddModelError("", l["Someone else changed this profile after you opened it. Reload the page and make your change again."]);
        }
        result.Errors?.AddTo(ModelState, Friendly);
        Duplicates = result.Value?.Duplicates.Visible ?? [];
        DuplicatesElsewhere = result.Value?.Duplicates.ElsewhereUnits ?? [];
        ConfirmedNotDuplicate = result.Value is not null;
        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>Attribute messages are the framework's English; each field gets a plain, translated sentence.</summary>
    // A message that is a resource key was written for people (the workflow's own rules); the
    // field's wording below replaces only the attributes' English defaults.
    private string Friendly(string field, string message) => !l[message].ResourceNotFound ? l[message] : field switch
    {
        nameof(CandidateRequest.FirstName) => l["Enter the first name."],
        nameof(CandidateRequest.LastName) => l["Enter the last name."],
        nameof(CandidateRequest.Email) => l["Enter an e-mail address like name@example.se."],
        nameof(CandidateRequest.Phone) => l["Enter a phone number, e.g. 070-123 45 67."],
        nameof(CandidateRequest.HomePostcode) => l["Enter a Swedish postcode with five digits, e.g. 392 31."],
        nameof(CandidateRequest.MaxCommuteMinutes) => l["Enter between 5 and 180 minutes."],
        nameof(CandidateRequest.Version) => l["Reload the page and make your change again."],
        _ => l[message],
    };

    private async Task<Marketplace.Data.Entities.Candidate?> LoadAsync(int id, CancellationToken ct)
    {
        Candidate = await profiles.OpenForEditAsync(CurrentUser.From(User)!, id, ct);
        return Candidate;
    }

    /// <summary>Labels for the ids already picked (so chips read as words) and the licence classes.</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Labels = await taxonomy.ChipsAsync(Form.Skills.Concat(Form.Interests).Concat(Form.MotherTongue), ct);
        foreach (var id in Form.Interests.Where(OccupationFields.IsField))
        {
            Labels[id] = OccupationFields.InterestLabel(l, id);
        }
        LicenceClasses = await taxonomy.LicenceClassesAsync(ct);
    }
}
