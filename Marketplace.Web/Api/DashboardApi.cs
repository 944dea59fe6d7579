using Marketplace.Data.Entities;
using Marketplace.Web.Dashboards;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Api;

/// <summary>The unit dashboard (PRODUCT.md capability 9): <c>GET /api/dashboard?from=&amp;to=&amp;months=</c>,
/// the same figures and the same validation as the page <c>/Coach/Dashboard</c>.</summary>
public static class DashboardApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/dashboard", GetAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Admin))
            .WithTags("Dashboard").WithName("GetDashboard").WithSummary("The unit's figures for a period: the same as the page /Coach/Dashboard.")
            .WithDescription("The unit is the signed-in user's own, never asked for; an admin account without a unit gets 404. "
                + "from and to (dates, both included) choose the period, months (1–36) the follow-up window; unreadable or out-of-range values are 400.");

    private static async Task<Results<Ok<Dashboard>, NotFound, ValidationProblem>> GetAsync([AsParameters] DashboardQuery query, HttpContext http, DashboardService dashboards, CancellationToken ct)
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
