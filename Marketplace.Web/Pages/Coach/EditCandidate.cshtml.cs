using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Api;
using Marketplace.Web.Pages.Employer;
using Marketplace.Web.Pages.Shared;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

/// <summary>Create or edit a candidate profile with the candidate. Validation is the API's
/// (<see cref="CandidateProfileService"/> plus the request's attributes); nothing is saved on an error.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class EditCandidateModel(AccessPolicy access, MarketplaceDbContext db, CandidateProfileService profiles, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CandidateForm Form { get; set; } = new();

    public Marketplace.Data.Entities.Candidate? Candidate { get; private set; }
    public Dictionary<string, string> Labels { get; private set; } = [];
    public List<string> LicenceClasses { get; private set; } = [];
    /// <summary>Possible duplicates this coach may see: named, linked (the link is an audited view).</summary>
    public List<Marketplace.Data.Entities.Candidate> Duplicates { get; private set; } = [];

    /// <summary>Units holding possible duplicates outside this coach's scope: the warning names
    /// the unit to contact, never the person, so the check itself leaks no profile.</summary>
    public List<string> DuplicatesElsewhere { get; private set; } = [];

    private bool AnyDuplicates => Duplicates.Count + DuplicatesElsewhere.Count > 0;

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
            var groupId = Candidate!.Experience.FirstOrDefault()?.OccupationGroupId;
            var group = await db.OccupationGroups.Where(g => g.Id == groupId).Select(g => g.Ssyk + " " + g.Label).FirstOrDefaultAsync(ct);
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
        if (!string.IsNullOrWhiteSpace(Form.ExperienceGroup))
        {
            var ssyk = PlacementForm.SsykOf(Form.ExperienceGroup);
            groupId = ssyk is null ? null : await db.OccupationGroups.Where(g => g.Ssyk == ssyk).Select(g => g.Id).FirstOrDefaultAsync(ct);
            if (groupId is null)
            {
                errors.Add("Experience", "Pick an occupation group from the list.");
            }
        }
        var request = Form.ToRequest(groupId, Candidate);
        foreach (var key in unreadable)
        {
            errors.Add(key, "Check this value.");
        }
        errors.AddAttributeErrors(request);
        var (dbErrors, postcode) = await profiles.ValidateAsync(request, ct);
        errors.AddAll(dbErrors);
        if (Candidate is not null && request.Version is null)
        {
            errors.Add("", "Reload the page and make your change again.");
        }
        if (!errors.Any && !ConfirmedNotDuplicate)
        {
            await SplitDuplicatesAsync(me, await profiles.PossibleDuplicatesAsync(request, Candidate?.Id, ct), ct);
        }
        if (errors.Any || AnyDuplicates)
        {
            errors.AddTo(ModelState, Friendly);
            ConfirmedNotDuplicate = AnyDuplicates;
            await LoadChoicesAsync(ct);
            return Page();
        }
        var saved = Candidate ?? profiles.NewCandidate(me.UnitId!.Value, me.Id, request, postcode!);
        if (Candidate is not null)
        {
            profiles.Update(Candidate, request, postcode!);
        }
        if (!await profiles.SaveAsync(saved, ct))
        {
            ModelState.AddModelError("", l["Someone else changed this profile after you opened it. Reload the page and make your change again."]);
            await LoadChoicesAsync(ct);
            return Page();
        }
        TempData["Message"] = l["The profile was saved."].Value;
        return Redirect($"/Coach/Candidate/{saved.Id}");
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
        _ => l[message],
    };

    private async Task<Marketplace.Data.Entities.Candidate?> LoadAsync(int id, CancellationToken ct)
    {
        Candidate = await access.OpenCandidateAsync(CurrentUser.From(User)!, id, "edit", ct);
        return Candidate;
    }

    /// <summary>Labels for the ids already picked (so chips read as words) and the licence classes.</summary>
    private async Task SplitDuplicatesAsync(CurrentUser me, List<Marketplace.Data.Entities.Candidate> found, CancellationToken ct)
    {
        var ids = found.Select(c => c.Id).ToList();
        var visible = await access.VisibleCandidates(me).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        Duplicates = found.Where(c => visible.Contains(c.Id)).ToList();
        var otherUnits = found.Where(c => !visible.Contains(c.Id)).Select(c => c.UnitId).Distinct().ToList();
        DuplicatesElsewhere = await db.Units.Where(u => otherUnits.Contains(u.Id)).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Labels = await db.Skills.Where(s => Form.Skills.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Label, ct);
        foreach (var g in await db.OccupationGroups.Where(g => Form.Interests.Contains(g.Id)).ToListAsync(ct))
        {
            Labels[g.Id] = $"{g.Ssyk} {g.Label}";
        }
        foreach (var id in Form.Interests.Where(OccupationFields.IsField))
        {
            Labels[id] = OccupationFields.InterestLabel(l, id);
        }
        foreach (var language in await db.Languages.Where(x => Form.MotherTongue.Contains(x.Id)).ToListAsync(ct))
        {
            Labels[language.Id] = language.Label;
        }
        LicenceClasses = await db.DrivingLicences.OrderBy(x => x.Code).Select(x => x.Code).ToListAsync(ct);
    }
}
