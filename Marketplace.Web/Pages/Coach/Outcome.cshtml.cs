using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Pages.Shared;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

/// <summary>The outcome form as posted; empty selects arrive as null.</summary>
public sealed class OutcomeForm
{
    public OutcomeKind Kind { get; set; }
    public int? PlacementId { get; set; }
    public int? EmployerId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Note { get; set; }
    public Guid? Version { get; set; }

    public OutcomeRequest ToRequest() => new(Kind, PlacementId, EmployerId, StartDate, EndDate, Note, Version);
}

/// <summary>Record an outcome for a candidate, or change one (usually to set its end date). The
/// rules are <see cref="OutcomeService"/>'s, the same as the API's.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class OutcomeModel(AccessPolicy access, OutcomeService outcomes, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public OutcomeForm Form { get; set; } = new();

    public Data.Entities.Candidate? Candidate { get; private set; }
    public CandidateOutcome? Existing { get; private set; }
    public List<(int Id, string Label)> Placements { get; private set; } = [];
    public List<(int Id, string Name)> Employers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int candidateId, int? outcomeId, OutcomeKind? kind, int? placementId, CancellationToken ct)
    {
        if (!await LoadAsync(candidateId, outcomeId, ct))
        {
            return NotFound();
        }
        if (Existing is { } o)
        {
            Form = new OutcomeForm
            {
                Kind = o.Kind,
                PlacementId = o.PlacementId,
                EmployerId = o.EmployerOrganisationId,
                StartDate = o.StartDate,
                EndDate = o.EndDate,
                Note = o.Note,
                Version = o.Version,
            };
        }
        else
        {
            // Prefilled from a shortlist entry ("placed" or "hired"): the coach still confirms it.
            Form.Kind = kind ?? OutcomeKind.Placement;
            Form.PlacementId = placementId;
            Form.StartDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int candidateId, int? outcomeId, CancellationToken ct)
    {
        if (!await LoadAsync(candidateId, outcomeId, ct))
        {
            return NotFound();
        }
        var unreadable = Shared.UnreadableValues.Take(ModelState);
        var me = CurrentUser.From(User)!;
        UseCaseResult<CandidateOutcome> result;
        if (unreadable.Count > 0)
        {
            var errors = new FieldErrors();
            unreadable.ForEach(k => errors.Add(k, "Enter a date like 2026-03-01."));
            result = UseCaseResult<CandidateOutcome>.Invalid(errors);
        }
        else
        {
            result = Existing is null
                ? await outcomes.RecordAsync(me, candidateId, Form.ToRequest(), ct)
                : await outcomes.UpdateAsync(me, Existing.Id, Form.ToRequest(), ct);
        }
        if (result.NotFound)
        {
            return NotFound();
        }
        if (result.Errors is { } fieldErrors || result.Conflict)
        {
            result.Errors?.AddTo(ModelState, (_, message) => l[message]);
            if (result.Conflict)
            {
                ModelState.AddModelError("", l["Someone else changed this after you opened it. Reload and make your change again."]);
            }
            await LoadChoicesAsync(ct);
            return Page();
        }
        TempData["Message"] = l["The outcome was saved."].Value;
        return Redirect($"/Coach/Candidate/{candidateId}#outcomes-heading");
    }

    /// <summary>The candidate through the coach's scope (not a profile view: no profile is shown
    /// here, only the name) and the outcome, which must be this candidate's.</summary>
    private async Task<bool> LoadAsync(int candidateId, int? outcomeId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Candidate = await access.FindAsync(me, access.ChangeableCandidates(me).AsNoTracking(), "Candidate", candidateId, ct);
        if (Candidate is null)
        {
            return false;
        }
        if (outcomeId is { } oid)
        {
            Existing = await access.FindAsync(me, access.VisibleOutcomes(me).Where(o => o.CandidateId == candidateId), "Outcome", oid, ct);
            return Existing is not null;
        }
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Placements = (await access.VisiblePlacements(me).OrderBy(p => p.EmployerOrganisation!.Name).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, Employer = p.EmployerOrganisation!.Name }).AsNoTracking().ToListAsync(ct))
            .Select(p => (p.Id, $"{p.Title} – {p.Employer}")).ToList();
        Employers = (await access.VisibleEmployers(me).OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).AsNoTracking().ToListAsync(ct))
            .Select(e => (e.Id, e.Name)).ToList();
    }
}
