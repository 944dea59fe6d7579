using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages;

/// <summary>What a browser user sees for a 404, 403 or other error status, in their language and
/// inside the site's layout, instead of a raw problem+json body. API clients keep problem+json
/// (<see cref="Infrastructure.PipelineExtensions"/>). "Not found" also covers what the user may not
/// see: access checks answer 404 for another unit's participant, so the page must not hint that
/// the object exists.</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Page not found", "The page does not exist, or your account does not give access to it."),
            403 => ("Not allowed", "Your account does not give access to this page."),
            429 => ("Too many attempts", "Wait a minute and try again."),
            _ => ("Something went wrong", "Nothing you entered was saved halfway. Try again, and tell your contact person if it keeps happening."),
        };
    }
}
