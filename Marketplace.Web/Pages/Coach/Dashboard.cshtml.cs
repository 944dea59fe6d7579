using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Dashboards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Coach;

/// <summary>The unit's follow-up at a glance (PRODUCT.md capability 9). A plain GET form: the
/// period is the query string, so it can be bookmarked and works without script; the figures are
/// <see cref="DashboardService"/>'s, the same as <c>GET /api/dashboard</c>.</summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Admin)]
public sealed class DashboardModel(DashboardService dashboards, IStringLocalizer<SharedResource> l) : PageModel
{
    public DashboardQuery Query { get; private set; } = new();
    public Dashboard? Figures { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] DashboardQuery query, CancellationToken ct)
    {
        if (DashboardService.UnitOf(CurrentUser.From(User)!) is not { } unit)
        {
            return NotFound();
        }
        Query = query;
        var (period, errors) = query.Parse(dashboards.Today);
        foreach (var (field, messages) in errors.All)
        {
            Errors[field] = l[messages[0]];
        }
        if (period is not null)
        {
            Figures = await dashboards.ComputeAsync(unit, period, ct);
            // Show the period actually used, defaults filled in.
            Query = new DashboardQuery { From = Iso(period.From), To = Iso(period.To), Months = period.Months.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        return Page();
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date inside a sentence, isolated left to right: in an Arabic sentence the
    /// bidirectional algorithm would otherwise show 2026-05-23 as 23-05-2026.</summary>
    public static string InText(DateOnly d) => "\u2066" + Iso(d) + "\u2069";

    /// <summary>A share as a whole percentage in the reader's culture.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "–" : ((double)part / whole).ToString("P0", System.Globalization.CultureInfo.CurrentCulture);

    public static string Days(double days) => days.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
}
