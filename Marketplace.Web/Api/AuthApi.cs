using System.ComponentModel.DataAnnotations;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Api;

public sealed record SignInRequest([property: Required, EmailAddress, StringLength(256)] string Email, [property: Required, StringLength(256)] string Password);

public sealed record MeResponse(string Id, string Name, string Role, string Language, int? UnitId, int? EmployerId, int? CandidateId);

public static class AuthApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", SignInAsync).RequireRateLimiting(IdentityExtensions.SignInRateLimit).DisableAntiforgery()
            .WithName("SignIn").WithSummary("Signs in with e-mail and password; the answer sets the session cookie.")
            .WithDescription("A wrong e-mail, a wrong password and a locked account all get the same 401. Rate-limited per address (429 when exceeded).")
            // The 401 is a problem whose status TypedResults.Problem sets when it runs; the 400 comes from validating the body.
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesValidationProblem();
        auth.MapPost("/logout", async (HttpContext http, Sessions sessions) =>
        {
            await sessions.SignOutEverywhereAsync(http.User);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithName("SignOut")
            .WithSummary("Signs out everywhere: this cookie is cleared, and every other copy of the user's sign-in stops working within a minute.");
        auth.MapPost("/users/{userId}/end-sessions", async Task<Results<NoContent, NotFound>> (string userId, HttpContext http, Sessions sessions, CancellationToken ct) =>
            await sessions.EndForAsync(http.Me(), userId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(p => p.RequireRole(Roles.Admin)).WithName("EndUserSessions")
            .WithSummary("An admin ends every session of a staff member of their own unit, within a minute.")
            .WithDescription("Any other user's id is 404, and the attempt is logged.");
        api.MapGet("/me", (HttpContext http) =>
        {
            var me = http.Me();
            return TypedResults.Ok(new MeResponse(me.Id, http.User.FindFirst(System.Security.Claims.ClaimTypes.GivenName)?.Value ?? "",
                me.Role, http.User.FindFirst(MarketplaceClaimsFactory.LanguageClaim)?.Value ?? "sv", me.UnitId, me.EmployerId, me.CandidateId));
        }).RequireAuthorization().WithTags("Auth").WithName("GetMe").WithSummary("Who is signed in: role, language and the unit, employer or candidate they belong to.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignInAsync(SignInRequest request, SignInManager<AppUser> signIn)
    {
        var result = await PasswordSignIn.SignInAsync(signIn, request.Email, request.Password);
        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "Wrong e-mail or password, or the account is temporarily locked after too many attempts.");
    }
}
