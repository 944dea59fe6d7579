using Marketplace.Data.Entities;
using Marketplace.Web.Dashboards;

namespace Marketplace.Web.Api;

/// <summary>The unit dashboard (PRODUCT.md capability 9): <c>GET /api/dashboard?from=&amp;to=&amp;months=</c>,
/// the same figures and the same validation as the page <c>/Coach/Dashboard</c>.</summary>
public static class DashboardApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/dashboard", GetAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Admin));

    private static async Task<IResult> GetAsync([AsParameters] DashboardQuery query, HttpContext http, DashboardService dashboards, CancellationToken ct)
    {
        // An admin account without a unit has no unit to report on.
        if (DashboardService.UnitOf(http.Me()) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        var (period, errors) = query.Parse(dashboards.Today);
        return period is null ? errors.ToResult() : TypedResults.Ok(await dashboards.ComputeAsync(unit, period, ct));
    }
}
