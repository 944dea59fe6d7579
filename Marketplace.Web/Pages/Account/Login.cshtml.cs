using System.ComponentModel.DataAnnotations;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Account;

[EnableRateLimiting(IdentityExtensions.SignInRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l, IConfiguration configuration) : PageModel
{
    /// <summary>Shown only when the demo seed is on, so a first-time user can get in.</summary>
    public string? DemoPassword => configuration.GetValue("Seed:Demo", false) ? configuration["Seed:DemoPassword"] ?? Seed.DemoSeeder.DefaultDemoPassword : null;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.se.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(256)]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await PasswordSignIn.SignInAsync(signIn, Input.Email, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, l["Wrong e-mail or password, or the account is locked for a while after too many attempts."]);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
