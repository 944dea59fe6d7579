using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Marketplace.Web.Access;

/// <summary>Logs refusals by role the way <see cref="AccessPolicy"/> logs refusals of an object: an
/// employer calling a coach's endpoint, a candidate opening the admin page. Those are the probes a
/// log review looks for, and without this they left no trace (403 straight from the middleware).</summary>
public sealed class RoleDenialLog(AuthorizationMiddlewareResultHandler inner) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            // An API route's pattern groups the ids ("/api/placements/{id:int}/matches"); a page is its path.
            var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            var endpoint = pattern is not null && pattern.StartsWith("/api", StringComparison.Ordinal) ? pattern : context.Request.Path.Value ?? "";
            var access = context.RequestServices.GetRequiredService<AccessPolicy>();
            await access.LogRoleDenialAsync(CurrentUser.From(context.User), context.User.FindFirstValue(ClaimTypes.NameIdentifier),
                $"{context.Request.Method} {endpoint}", context.RequestAborted);
        }
        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
