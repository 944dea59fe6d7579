using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages;

public sealed class IndexModel : PageModel
{
    /// <summary>Signed-in users go straight to their role's home page.</summary>
    public IActionResult OnGet() => CurrentUser.From(User)?.Role switch
    {
        Roles.Coach => Redirect("/Coach"),
        Roles.EmployerUser => Redirect("/Employer"),
        Roles.Candidate => Redirect("/Candidate"),
        Roles.Admin => Redirect("/Admin"),
        _ => Page(),
    };
}
