using Marketplace.Web.Access;
using Scalar.AspNetCore;

namespace Marketplace.Web.Api;

public static class ApiExtensions
{
    public static IServiceCollection AddMarketplaceApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // The API contract, served at /openapi/v1.json (built from the endpoints themselves).
        services.AddOpenApi();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Minimal APIs throw for an unreadable request only in Development; elsewhere they answer
        // a bare 400 and the client never learns which field was wrong. Throw everywhere, so
        // BadRequestExceptionHandler names the field in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddValidation();
        services.AddMemoryCache();
        return services;
    }

    public static WebApplication MapMarketplaceApi(this WebApplication app)
    {
        app.MapOpenApi();
        // An interactive reference over that document at /scalar, for developers only.
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference();
        }
        var api = app.MapGroup("/api");
        AuthApi.Map(api);
        EmailEventsApi.Map(api);
        EmployersApi.MapPublic(api);
        var secured = api.MapGroup("").RequireAuthorization();
        CandidatesApi.Map(secured);
        PlacementsApi.Map(secured);
        EmployersApi.Map(secured);
        UnitsApi.Map(secured);
        MatchingApi.Map(secured);
        TaxonomyApi.Map(secured);
        ShortlistsApi.Map(secured);
        ConsentRequestsApi.Map(secured);
        MeetingsApi.Map(secured);
        MeetingInvitationsApi.Map(secured);
        MeApi.Map(secured);
        OutcomesApi.Map(secured);
        DashboardApi.Map(secured);
        NotificationsApi.Map(secured);
        return app;
    }

    /// <summary>The signed-in user as the access layer sees them; 401 when the cookie lacks a role.</summary>
    public static CurrentUser Me(this HttpContext http) =>
        CurrentUser.From(http.User) ?? throw new BadHttpRequestException("Not signed in.", StatusCodes.Status401Unauthorized);
}
