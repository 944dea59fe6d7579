using Marketplace.Data.Entities;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Account;

/// <summary>Any signed-in user changes their own password. Colleagues' and coaches' first passwords
/// are chosen by whoever adds them, so the owner needs a way to make it their own. The current
/// password is asked for (a borrowed, unlocked session must not be enough) and the sign-in rate
/// limit applies, since a wrong current password is a guess like a failed sign-in.</summary>
[Authorize]
[EnableRateLimiting(IdentityExtensions.SignInRateLimit)]
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PasswordForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        (await ValidateAsync(user)).AddTo(ModelState, (_, message) => l[message]);
        if (ModelState.IsValid)
        {
            var changed = await users.ChangePasswordAsync(user, Form.Current!, Form.New!);
            if (changed.Succeeded)
            {
                // The change renewed the security stamp, which ends the user's other sessions when
                // they are next validated; this one is signed in again so it stays.
                await signIn.RefreshSignInAsync(user);
                TempData["Message"] = l["Your password is changed."].Value;
                return RedirectToPage();
            }
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Current)}",
                l[changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                    ? "The current password is not right."
                    : "The password could not be changed. Try again."]);
        }
        Form = new PasswordForm();
        return Page();
    }

    /// <summary>Everything that can be checked before touching the account: all three filled in, the
    /// new one passes Identity's own password rules (the same as every account) and is typed the same
    /// twice, and differs from the current one.</summary>
    private async Task<FieldErrors> ValidateAsync(AppUser user)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(Form.Current)) errors.Add(nameof(Form.Current), "Enter your current password.");
        if (string.IsNullOrEmpty(Form.New))
        {
            errors.Add(nameof(Form.New), "Enter a new password.");
        }
        else if (Form.New.Length > PasswordForm.MaxLength)
        {
            errors.Add(nameof(Form.New), "Use at most 256 characters.");
        }
        else if (!await users.MeetsPasswordRulesAsync(user, Form.New))
        {
            errors.Add(nameof(Form.New), IdentityExtensions.PasswordRuleMessage);
        }
        else if (Form.New == Form.Current)
        {
            errors.Add(nameof(Form.New), "Choose a password you do not use now.");
        }
        if (!string.IsNullOrEmpty(Form.New) && Form.Confirm != Form.New)
        {
            errors.Add(nameof(Form.Confirm), "Type the new password the same way twice.");
        }
        return errors;
    }
}

public sealed class PasswordForm
{
    public const int MaxLength = 256;

    public string? Current { get; set; }
    public string? New { get; set; }
    public string? Confirm { get; set; }
}
