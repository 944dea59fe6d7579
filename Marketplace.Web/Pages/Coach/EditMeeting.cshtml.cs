using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Meetings;
using Marketplace.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

/// <summary>Create or change a meeting. The rules are <see cref="MeetingService"/>'s, the same as
/// the API's; on an error every field says what is wrong and nothing is saved.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class EditMeetingModel(MeetingService meetings, MarketplaceDbContext db, TaxonomyLabels taxonomy, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public RecruitmentMeeting? Meeting { get; private set; }
    public List<(int Id, string Name)> EmployerChoices { get; private set; } = [];
    public List<(string Id, string Label)> LanguageChoices { get; private set; } = [];
    public Dictionary<string, string> Labels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            Meeting = await meetings.FindAsync(CurrentUser.From(User)!, existing, ct);
            if (Meeting is null)
            {
                return NotFound();
            }
            Form = MeetingForm.From(Meeting);
        }
        else
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Words.SwedishTime).Date;
            Form.StartsAt = local.AddDays(14).AddHours(9);
            Form.EndsAt = local.AddDays(14).AddHours(11);
            Form.AnswerDeadline = local.AddDays(11).AddHours(16);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var unreadable = UnreadableValues.Take(ModelState);
        var request = Form.ToRequest();
        var errors = new FieldErrors();
        foreach (var key in unreadable)
        {
            errors.Add(key, "Check this value.");
        }
        errors.AddAttributeErrors(request);
        if (!errors.Any)
        {
            var outcome = id is { } existing ? await meetings.UpdateAsync(me, existing, request, ct) : await meetings.CreateAsync(me, request, ct);
            if (outcome.NotFound)
            {
                return NotFound();
            }
            if (outcome.Value is { } saved)
            {
                TempData["Message"] = l["The meeting was saved."].Value;
                return RedirectToPage("/Coach/Meeting", new { id = saved.Id });
            }
            if (outcome.Conflict)
            {
                ModelState.AddModelError("", l["Someone else changed this meeting after you opened it. Reload the page and make your change again."]);
            }
            errors.AddAll(outcome.Errors ?? new FieldErrors());
        }
        errors.AddTo(ModelState, Friendly, FieldFor);
        if (id is { } again)
        {
            Meeting = await meetings.FindAsync(me, again, ct);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>Errors about one employer row are shown at the employers' fieldset.</summary>
    private static string FieldFor(string field) =>
        field is nameof(MeetingEmployerRequest.Positions) or nameof(MeetingEmployerRequest.Skills) or nameof(MeetingEmployerRequest.WorkingLanguageId) or nameof(MeetingEmployerRequest.Needs)
            ? nameof(MeetingForm.Employers) : field;

    // A message that is a resource key was written for people (the workflow's own rules); the
    // field's wording below replaces only the attributes' English defaults.
    private string Friendly(string field, string message) => !l[message].ResourceNotFound ? l[message] : field switch
    {
        nameof(MeetingRequest.Title) => l["Enter a title of 3 to 200 characters."],
        nameof(MeetingRequest.Place) => l["Enter the address of the place, 3 to 256 characters."],
        nameof(MeetingRequest.Capacity) => l["Enter between 1 and 500 places."],
        _ => l[message],
    };

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Form.PadRows();
        EmployerChoices = (await db.Employers.OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).Take(1000).ToListAsync(ct)).Select(e => (e.Id, e.Name)).ToList();
        LanguageChoices = await taxonomy.LanguageChoicesAsync(ct);
        Labels = await taxonomy.ChipsAsync(Form.Employers.SelectMany(e => e.Skills), ct);
    }
}
