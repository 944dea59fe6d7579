using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Infrastructure;

public static class PipelineExtensions
{
    public static WebApplication UseMarketplacePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        // API clients get problem+json for an empty error status; people get a page in their
        // language with a way back (re-executed, so localisation and sign-in run for it too).
        // Unreadable API requests become problems naming the field (BadRequestExceptionHandler),
        // caught here, before routing, so they never reach the HTML error page.
        app.UseWhen(c => IsApiRequest(c.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApiRequest(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/Language", (string culture, string? returnUrl, HttpContext http, TimeProvider clock) =>
        {
            if (culture is "sv" or "en" or "ar" or "uk")
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            }
            // Only back into this site: an open redirect would let a link send users elsewhere.
            return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
        });
        return app;
    }

    /// <summary>A path on this site: "/x", never "//host", "/\\host" (browsers read a backslash as a
    /// slash) or anything with a control character ("/\t/host"); LocalRedirect throws for those,
    /// which answered 500 to anyone following a crafted link.</summary>
    public static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    /// <summary>The API and the SignalR hubs: what scripts call, which read status codes.</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase);

    /// <summary>Requests from scripts and API clients: under /api or /hubs, or asking for JSON and
    /// not for HTML.</summary>
    public static bool IsApiRequest(HttpRequest request)
    {
        if (IsApiPath(request.Path))
        {
            return true;
        }
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Razor Pages with validation and binding messages from the shared resources, so a
    /// form's errors appear in the user's language, and posted numbers and dates read invariantly
    /// (what browsers send), whatever that language is.</summary>
    public static IServiceCollection AddMarketplacePages(this IServiceCollection services)
    {
        // Write å, ä, ö, Arabic and Cyrillic as themselves rather than as &#x..; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages()
            .AddMvcOptions(o => InvariantFormValueProviderFactory.ReplaceIn(o.ValueProviderFactories))
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalizedBindingMessages>();
        return services;
    }

    /// <summary>Swedish first; English; Arabic (right to left) and Ukrainian for the candidate-facing
    /// pages (other pages fall back to English there). The choice is kept in the culture cookie.</summary>
    public static IServiceCollection AddMarketplaceLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = ["sv", "en", "ar", "uk"];
            o.SetDefaultCulture("sv").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }
}
