using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Email;

/// <summary>The only thing an e-mail ever says: something is waiting, log in to see it. No names,
/// placements or employers leave the product this way (PRODUCT.md capability 8).</summary>
public static class EmailText
{
    /// <summary>E-mail is written in Swedish or English; other languages get Swedish.</summary>
    public static string Supported(string language) => language is "en" ? "en" : "sv";

    public static (string Subject, string Body) Render(string language, Uri siteUrl, IStringLocalizer l)
    {
        var before = CultureInfo.CurrentUICulture;
        // The recipient's language, not the relay thread's; the localizer reads the UI culture.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Supported(language));
        try
        {
            return (l["Something new in Marketplace"], l["Something new is waiting for you in Marketplace. Log in to see it: {0}", siteUrl]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
