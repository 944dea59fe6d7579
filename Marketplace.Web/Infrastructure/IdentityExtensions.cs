using System.Threading.RateLimiting;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Infrastructure;

public static class IdentityExtensions
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Identity per OWASP ASVS level 2: length ≥ 12 and no composition rules (V2.1),
    /// PBKDF2 with ≥ 210 000 iterations (V2.4), lockout after repeated failures, and a rate limit
    /// on sign-in that answers 429.</summary>
    public static WebApplicationBuilder AddMarketplaceIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<MarketplaceDbContext>()
            .AddClaimsPrincipalFactory<MarketplaceClaimsFactory>()
            .AddDefaultTokenProviders();
        // Every cookie's security stamp is checked against the database once a minute, on the
        // app's clock: ending sessions (Access/Sessions) reaches every copy of a cookie within that.
        builder.Services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.ValidationInterval = Marketplace.Web.Access.Sessions.CheckInterval;
            o.TimeProvider = clock;
        });
        // OWASP's figure for PBKDF2-HMAC-SHA512 (Identity's V3 format uses SHA512).
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // API callers get status codes, not redirects to the sign-in page.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        var permits = builder.Configuration.GetValue("SignIn:PermitsPerMinute", 10);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Partitioned by client address: one address guessing passwords is slowed down,
            // other people signing in are not. Only attempts count: opening the sign-in, register or
            // change-password page (GET) is not a guess, and a whole office behind one address
            // opens the sign-in page every morning.
            o.AddPolicy(SignInRateLimit, ctx => HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>The one sentence shown for any password Identity's rules reject (length is the only rule).</summary>
    public const string PasswordRuleMessage = "Use at least 12 characters; a few words in a row are easy to remember.";

    /// <summary>True when <paramref name="password"/> passes Identity's own validators for
    /// <paramref name="user"/>: the same rules as every account, checked before anything is written.</summary>
    public static async Task<bool> MeetsPasswordRulesAsync(this UserManager<AppUser> users, AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, user, password)).Succeeded) return false;
        }
        return true;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        // Scripts and the SignalR client read a status code; a redirect to a login page means nothing to them.
        if (PipelineExtensions.IsApiPath(ctx.Request.Path))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
