using System.Security.Claims;
using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>Puts the user's unit, organisation and candidate id into the cookie so access checks
/// need no extra query per request. They change rarely; a change takes effect at next sign-in.</summary>
public sealed class MarketplaceClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string UnitClaim = "mp:unit";
    public const string EmployerClaim = "mp:employer";
    public const string CandidateClaim = "mp:candidate";
    public const string LanguageClaim = "mp:lang";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        identity.AddClaim(new Claim(LanguageClaim, user.PreferredLanguage));
        if (user.UnitId is { } unit) identity.AddClaim(new Claim(UnitClaim, unit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.EmployerOrganisationId is { } org) identity.AddClaim(new Claim(EmployerClaim, org.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.CandidateId is { } cand) identity.AddClaim(new Claim(CandidateClaim, cand.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
