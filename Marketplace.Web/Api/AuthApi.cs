using System.ComponentModel.DataAnnotations;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Api;

public sealed record SignInRequest([property: Required, EmailAddress, StringLength(256)] string Email, [property: Required, StringLength(256)] string Password);

public sealed record MeResponse(string Id, string Name, string Role, string Language, int? UnitId, int? EmployerId, int? CandidateId);

public static class AuthApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth");
        auth.MapPost("/login", SignInAsync).RequireRateLimiting(IdentityExtensions.SignInRateLimit).DisableAntiforgery();
        auth.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        }).RequireAuthorization();
        api.MapGet("/me", (HttpContext http) =>
        {
            var me = http.Me();
            return TypedResults.Ok(new MeResponse(me.Id, http.User.FindFirst(System.Security.Claims.ClaimTypes.GivenName)?.Value ?? "",
                me.Role, http.User.FindFirst(MarketplaceClaimsFactory.LanguageClaim)?.Value ?? "sv", me.UnitId, me.EmployerId, me.CandidateId));
        }).RequireAuthorization();
    }

    private static async Task<IResult> SignInAsync(SignInRequest request, SignInManager<AppUser> signIn)
    {
        var result = await PasswordSignIn.SignInAsync(signIn, request.Email, request.Password);
        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "Wrong e-mail or password, or the account is temporarily locked after too many attempts.");
    }
}
