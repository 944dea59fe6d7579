using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Employer;

public sealed class ColleagueForm
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
}

/// <summary>The organisation's users; any of them can add a colleague with a first password that
/// follows the sign-in rules, which they hand over themselves.</summary>
[Authorize(Roles = Roles.EmployerUser)]
public sealed class ColleaguesModel(EmployerRegistrationService registration, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ColleagueForm Form { get; set; } = new();

    public List<AppUser> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var me = CurrentUser.From(User)!;
        var outcome = await registration.AddColleagueAsync(me, me.EmployerId ?? 0, new EmployerUserRequest(Form.DisplayName ?? "", Form.Email ?? "", Form.Password ?? ""), ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }
        if (outcome.Errors is { } errors)
        {
            foreach (var (field, messages) in errors.All)
            {
                ModelState.AddModelError($"{nameof(Form)}.{field}", field switch
                {
                    nameof(Form.DisplayName) => l["Enter the colleague's name."],
                    nameof(Form.Email) when !messages[0].Contains("already", StringComparison.Ordinal) => l["Enter an e-mail address like name@example.se."],
                    nameof(Form.Password) when !messages[0].StartsWith("Use", StringComparison.Ordinal) => l["Choose a password."],
                    _ => l[messages[0]],
                });
            }
            Form.Password = null;
            await LoadAsync(ct);
            return Page();
        }
        TempData["Message"] = l["{0} can now sign in with the e-mail and the password you chose.", outcome.Value!.DisplayName].Value;
        return Redirect("/Employer/Colleagues");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var list = await registration.ColleaguesAsync(me, me.EmployerId ?? 0, ct);
        Users = list ?? [];
        return list is not null;
    }
}
