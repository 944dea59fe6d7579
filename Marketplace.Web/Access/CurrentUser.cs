using System.Globalization;
using System.Security.Claims;
using Marketplace.Data.Entities;
using Marketplace.Web.Infrastructure;

namespace Marketplace.Web.Access;

/// <summary>Who is asking, read from the authentication cookie's claims.</summary>
public sealed record CurrentUser(string Id, string Role, int? UnitId, int? EmployerId, int? CandidateId)
{
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }
        // One role per user by design; take the most privileged if several were ever assigned.
        var role = Roles.All.Reverse().FirstOrDefault(principal.IsInRole);
        if (role is null)
        {
            return null;
        }
        return new CurrentUser(id, role, Int(principal, MarketplaceClaimsFactory.UnitClaim),
            Int(principal, MarketplaceClaimsFactory.EmployerClaim), Int(principal, MarketplaceClaimsFactory.CandidateClaim));
    }

    public bool Is(string role) => Role == role;

    private static int? Int(ClaimsPrincipal p, string type) =>
        int.TryParse(p.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
