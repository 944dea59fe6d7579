using Marketplace.Data.Entities;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Account;

/// <summary>The registration form as posted: the organisation and its first user in one page.</summary>
public sealed class EmployerRegistrationForm
{
    public string? Name { get; set; }
    public string? OrganisationNumber { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }

    public EmployerRegistrationRequest ToRequest() => new(Name ?? "", OrganisationNumber ?? "", Address, Postcode ?? "",
        string.IsNullOrWhiteSpace(ContactEmail) ? null : ContactEmail, string.IsNullOrWhiteSpace(ContactPhone) ? null : ContactPhone,
        new EmployerUserRequest(DisplayName ?? "", Email ?? "", Password ?? ""));
}

/// <summary>Public: an employer registers its organisation and becomes its first user, then is signed in.</summary>
[EnableRateLimiting(IdentityExtensions.SignInRateLimit)]
public sealed class RegisterEmployerModel(EmployerRegistrationService registration, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EmployerRegistrationForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await registration.RegisterAsync(Form.ToRequest(), ct);
        if (outcome.Value is not { } user)
        {
            foreach (var (field, messages) in outcome.Errors?.All ?? new Dictionary<string, List<string>>())
            {
                // "User.Email" is the form's "Email": one flat form for organisation and person.
                var name = field.StartsWith("User.", StringComparison.Ordinal) ? field[5..] : field;
                ModelState.AddModelError($"{nameof(Form)}.{name}", Friendly(name, messages[0]));
            }
            Form.Password = null;
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Message"] = l["Welcome! Your organisation is registered. You can now publish placements and add colleagues."].Value;
        return Redirect("/Employer");
    }

    /// <summary>Attribute messages are the framework's English; each field gets a plain, translated sentence.</summary>
    // A message that is a resource key was written for people (the workflow's own rules); the
    // field's wording below replaces only the attributes' English defaults.
    private string Friendly(string field, string message) => !l[message].ResourceNotFound ? l[message] : field switch
    {
        nameof(Form.Name) => l["Enter the organisation's name."],
        nameof(Form.OrganisationNumber) when message.Contains("already", StringComparison.Ordinal) => l[message],
        nameof(Form.OrganisationNumber) when string.IsNullOrWhiteSpace(Form.OrganisationNumber) => l["Enter the organisationsnummer (NNNNNN-NNNN)."],
        nameof(Form.OrganisationNumber) => l["Enter a valid organisationsnummer (NNNNNN-NNNN); the check digit does not match."],
        nameof(Form.Postcode) when string.IsNullOrWhiteSpace(Form.Postcode) => l["Enter the postcode; it decides your municipality."],
        nameof(Form.Postcode) => l["Enter a Swedish postcode with five digits, e.g. 392 31."],
        nameof(Form.ContactEmail) or nameof(Form.Email) when !message.Contains("already", StringComparison.Ordinal) => l["Enter an e-mail address like name@example.se."],
        nameof(Form.ContactPhone) => l["Enter a phone number, e.g. 070-123 45 67."],
        nameof(Form.DisplayName) => l["Enter your name."],
        nameof(Form.Password) when message.StartsWith("Use", StringComparison.Ordinal) => l[message],
        nameof(Form.Password) => l["Choose a password."],
        _ => l[message],
    };
}
