using Marketplace.Data;
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

/// <summary>One placement's shortlist: add candidates, move them through the statuses with notes,
/// ask for consent to share and withdraw it, and read each entry's history.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class ShortlistModel(AccessPolicy access, MarketplaceDbContext db, ShortlistService shortlists, ConsentService consents, IStringLocalizer<SharedResource> l) : PageModel
{
    public Placement? Placement { get; private set; }
    public string? EmployerName { get; private set; }
    public List<ShortlistEntry> Entries { get; private set; } = [];
    public Dictionary<int, List<ConsentRequest>> Consents { get; private set; } = [];
    public List<Data.Entities.Candidate> Addable { get; private set; } = [];
    public Dictionary<string, string> UserNames { get; private set; } = [];
    public DateTime Now => consents.Now;

    /// <summary>Which entry the last message is about (null: the add form), so it is shown there.</summary>
    [TempData]
    public int? MessageEntry { get; set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool MessageIsError { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Placement = await access.FindAsync(me, access.VisiblePlacements(me), "Placement", id, ct);
        if (Placement is null)
        {
            return NotFound();
        }
        EmployerName = await db.Employers.Where(e => e.Id == Placement.EmployerOrganisationId).Select(e => e.Name).FirstOrDefaultAsync(ct);
        Entries = await access.VisibleShortlistEntries(me).Where(e => e.PlacementId == id)
            .Include(e => e.Candidate).Include(e => e.History).AsSplitQuery().OrderBy(e => e.Id).AsNoTracking().ToListAsync(ct);
        var entryIds = Entries.Select(e => e.Id).ToList();
        Consents = (await db.ConsentRequests.Where(r => entryIds.Contains(r.ShortlistEntryId)).OrderBy(r => r.Id).AsNoTracking().ToListAsync(ct))
            .GroupBy(r => r.ShortlistEntryId).ToDictionary(g => g.Key, g => g.ToList());
        var listed = Entries.Select(e => e.CandidateId).ToList();
        // The add picker below offers the coach's own caseload by name; it is not logged as a
        // view of each (decisions/0016), the entries above are.
        await access.LogListedAsync(me, listed, ViewPurposes.Shortlist(id), ct);
        Addable = await access.VisibleCandidates(me).Where(c => !listed.Contains(c.Id))
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).Take(500).AsNoTracking().ToListAsync(ct);
        var userIds = Entries.SelectMany(e => e.History.Select(h => h.ById)).Distinct().ToList();
        UserNames = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int id, List<int> candidateIds, CancellationToken ct)
    {
        if (candidateIds.Count == 0)
        {
            return Done(id, null, l["Choose at least one candidate to add."], error: true);
        }
        var outcome = await shortlists.AddAsync(CurrentUser.From(User)!, id, candidateIds, ct);
        return outcome.NotFound ? NotFound() : Done(id, null, outcome.Value is null ? FirstError(outcome.Errors) : l["Added to the shortlist."], outcome.Value is null);
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, int entryId, CoachStatus? status, string? note, Guid version, CancellationToken ct)
    {
        var outcome = await shortlists.SetCoachStatusAsync(CurrentUser.From(User)!, entryId, status, note, version, ct);
        return outcome.NotFound ? NotFound() : Done(id, entryId, Describe(outcome, l["Saved."]), outcome.Value is null);
    }

    public async Task<IActionResult> OnPostConsentAsync(int id, int entryId, string? deadline, DateOnly? deadlineDate, CancellationToken ct)
    {
        int? days = int.TryParse(deadline, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        var outcome = await consents.SendAsync(CurrentUser.From(User)!, entryId, days, deadline == "date" ? deadlineDate : null, ct);
        return outcome.NotFound ? NotFound() : Done(id, entryId, Describe(outcome, l["The question has been sent to the candidate."]), outcome.Value is null);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int entryId, int requestId, CancellationToken ct)
    {
        var outcome = await consents.WithdrawAsync(CurrentUser.From(User)!, requestId, ct);
        return outcome.NotFound ? NotFound() : Done(id, entryId, Describe(outcome, l["The request was withdrawn."]), outcome.Value is null);
    }

    public static IEnumerable<CoachStatus> NextStatuses(CoachStatus from) => Enum.GetValues<CoachStatus>().Where(to => ShortlistService.CanMove(from, to));

    /// <summary>The request that currently blocks a new one (open or accepted), if any.</summary>
    public ConsentRequest? Active(int entryId) => Consents.GetValueOrDefault(entryId)?
        .LastOrDefault(r => ConsentService.Effective(r, Now) is ConsentState.Pending or ConsentState.Accepted);

    public string Who(string id) => UserNames.GetValueOrDefault(id, id == "seed" ? "–" : l["the candidate"]);

    private string Describe<T>(UseCaseResult<T> outcome, string ok) where T : class =>
        outcome.Value is not null ? ok : outcome.Conflict ? l["Someone else changed this meanwhile. Look at it again and retry."] : FirstError(outcome.Errors);

    private string FirstError(FieldErrors? errors) => errors.FirstMessage(l);

    private RedirectToPageResult Done(int id, int? entryId, string message, bool error)
    {
        Message = message;
        MessageEntry = entryId;
        MessageIsError = error;
        return RedirectToPage("/Coach/Shortlist", null, new { id }, entryId is null ? "add" : $"entry-{entryId}");
    }
}
