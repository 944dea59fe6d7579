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

namespace Marketplace.Web.Pages.Admin;

/// <summary>What the admin types to record an agreement; dates come from date inputs (invariant).</summary>
public sealed class AgreementForm
{
    public int ReceivingUnitId { get; set; }
    public string? Purpose { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

/// <summary>The admin's unit, the agreements it grants and receives, and recording or ending one:
/// the same <see cref="AgreementService"/> as <c>/api/units/{id}/agreements</c>.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(MarketplaceDbContext db, AgreementService agreements, CandidateSearch.CandidateIndexService index,
    IStringLocalizer<SharedResource> l, TimeProvider clock) : PageModel
{
    /// <summary>Profiles the index could not read at its last rebuild or save (ids are in the log).</summary>
    public int Unmappable => index.Unmappable.Count;

    public List<MunicipalUnit> Units { get; private set; } = [];
    public List<AgreementView> Agreements { get; private set; } = [];
    public List<MunicipalUnit> OtherUnits { get; private set; } = [];
    public int? UnitId { get; private set; }

    [BindProperty]
    public AgreementForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Form.ValidFrom = today;
        Form.ValidTo = today.AddYears(1);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var unreadable = UnreadableValues.Take(ModelState);
        var me = CurrentUser.From(User)!;
        if (me.UnitId is not { } unit)
        {
            return NotFound();
        }
        var result = await agreements.CreateAsync(me, unit, new AgreementRequest(Form.ReceivingUnitId, Form.Purpose ?? "", Form.ValidFrom, Form.ValidTo), ct);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (result.Errors is { } errors || unreadable.Count > 0)
        {
            foreach (var field in unreadable)
            {
                ModelState.AddModelError($"Form.{field}", l["Check this value."]);
            }
            result.Errors?.AddTo(ModelState, (field, message) => field switch
            {
                nameof(AgreementRequest.ReceivingUnitId) when Form.ReceivingUnitId == 0 => l["Choose a unit from the list."],
                nameof(AgreementRequest.Purpose) => l["Describe the purpose in 3 to 256 characters."],
                _ => l[message],
            });
            await LoadAsync(ct);
            return Page();
        }
        TempData["Message"] = l["The agreement was recorded."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndAsync(int agreementId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var result = await agreements.EndAsync(me, me.UnitId ?? 0, agreementId, ct);
        if (result.NotFound)
        {
            return NotFound();
        }
        TempData["Message"] = result.Value is null ? l["The agreement had already ended."].Value : l["The agreement has ended. The other unit no longer sees your candidates."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        UnitId = me.UnitId;
        Units = await db.Units.OrderBy(u => u.Name).AsNoTracking().ToListAsync(ct);
        Agreements = await agreements.ListAsync(me, ct);
        OtherUnits = await agreements.OtherUnitsAsync(me, ct);
    }
}
