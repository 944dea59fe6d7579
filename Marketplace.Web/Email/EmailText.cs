using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Email;

/// <summary>The only thing an e-mail ever says: something is waiting, log in to see it. No names,
/// placements or employers leave the product this way (PRODUCT.md capability 8).</summary>
public static class EmailText
{
    /// <summary>The languages a mail is written in; anything else gets Swedish, the product's first language.</summary>
    public static readonly IReadOnlyList<string> Languages = ["sv", "en", "ar", "uk"];

    public static string LanguageOf(string? language) => language is not null && Languages.Contains(language) ? language : "sv";

    /// <summary>"rtl" for Arabic, for any place that shows the mail as HTML (the dev mailbox).</summary>
    public static string Direction(string? language) => LanguageOf(language) == "ar" ? "rtl" : "ltr";

    public static (string Subject, string Body) Render(string language, Uri siteUrl, IStringLocalizer l)
    {
        var before = CultureInfo.CurrentUICulture;
        // The recipient's language, not the relay thread's; the localizer reads the UI culture.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LanguageOf(language));
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
