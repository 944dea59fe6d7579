using System.Security.Claims;
using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Access;

/// <summary>Ending sessions. A sign-in cookie is valid for 8 hours on its own, so clearing it in
/// one browser leaves a copy (a saved cookie, a second device) working. Each end here changes the
/// user's security stamp instead: every cookie carries the stamp it was issued with, and the
/// validator compares it at least once a minute (<see cref="CheckInterval"/>), so every copy stops
/// working within a minute.</summary>
public sealed class Sessions(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccessPolicy access)
{
    /// <summary>How stale a cookie's stamp may be before it is checked against the database.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>Signs the caller out here and everywhere else.</summary>
    public async Task SignOutEverywhereAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
    }

    /// <summary>An admin ends every session of a staff member of their own unit (a lost laptop, a
    /// coach who left). Anyone else's id: false, and the attempt is logged like any denial.</summary>
    public async Task<bool> EndForAsync(CurrentUser admin, string userId, CancellationToken ct)
    {
        var user = admin.Is(Roles.Admin) && admin.UnitId is { } unit
            ? await users.Users.FirstOrDefaultAsync(u => u.Id == userId && u.UnitId == unit, ct)
            : null;
        if (user is null)
        {
            await access.LogRoleDenialAsync(admin, admin.Id, $"end sessions of {userId}", ct);
            return false;
        }
        await users.UpdateSecurityStampAsync(user);
        access.LogChange(admin, "User", user.Id, "sessions ended");
        await access.SaveLogAsync(ct);
        return true;
    }
}
