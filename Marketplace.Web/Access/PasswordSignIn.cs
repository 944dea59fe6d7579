using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Access;

public static class PasswordSignIn
{
    /// <summary>Shared by the API and the sign-in page. The answer does not say whether the
    /// e-mail exists; a locked account answers the same as a wrong password.</summary>
    public static async Task<SignInResult> SignInAsync(SignInManager<AppUser> signIn, string email, string password)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            return SignInResult.Failed;
        }
        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }
}
