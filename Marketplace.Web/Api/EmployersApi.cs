using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

public sealed record EmployerRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, OrganisationNumber] string OrganisationNumber,
    [property: StringLength(256)] string? Address,
    [property: StringLength(6)] string? Postcode,
    [property: EmailAddress, StringLength(256)] string? ContactEmail,
    [property: Phone, StringLength(32)] string? ContactPhone);

public sealed record EmployerDto(int Id, string Name, string OrganisationNumber, string? Address, string? Postcode, string? MunicipalityCode, string? ContactEmail, string? ContactPhone)
{
    public static EmployerDto From(EmployerOrganisation e) => new(e.Id, e.Name, e.OrganisationNumber, e.Address, e.Postcode, e.MunicipalityCode, e.ContactEmail, e.ContactPhone);
}

public sealed record EmployerUserDto(string Id, string DisplayName, string Email);

public static class EmployersApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/employers").WithTags("Employers");
        g.MapGet("/", ListAsync).WithName("ListEmployers").WithSummary("The employers the user may see, by name (at most 500).");
        g.MapGet("/{id:int}", GetAsync).WithName("GetEmployer").WithSummary("One employer.");
        // Coaches register the employers they work with; employers register themselves below.
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Admin))
            .WithName("CreateEmployer").WithSummary("Registers an employer; a coach who does becomes its relationship holder.");
        g.MapGet("/{id:int}/users", ColleaguesAsync).WithName("ListEmployerUsers").WithSummary("The user accounts of an employer.")
            .WithDescription("Only the employer's own users may list them; anyone else gets 404.");
        g.MapPost("/{id:int}/users", AddColleagueAsync).RequireAuthorization(p => p.RequireRole(Roles.EmployerUser))
            .WithName("AddEmployerUser").WithSummary("Adds a colleague's account to the user's own employer.");
        MapRelations(api);
    }

    private static async Task<Ok<List<EmployerDto>>> ListAsync(HttpContext http, AccessPolicy access, CancellationToken ct) =>
        TypedResults.Ok(await access.VisibleEmployers(http.Me()).OrderBy(e => e.Name).Take(500).Select(e => EmployerDto.From(e)).ToListAsync(ct));

    private static async Task<Results<Ok<EmployerDto>, NotFound>> GetAsync(int id, HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var me = http.Me();
        var employer = await access.FindAsync(me, access.VisibleEmployers(me), "Employer", id, ct);
        return employer is null ? TypedResults.NotFound() : TypedResults.Ok(EmployerDto.From(employer));
    }

    private static async Task<Results<Ok<List<EmployerUserDto>>, NotFound>> ColleaguesAsync(int id, HttpContext http, EmployerRegistrationService registration,
        CancellationToken ct) =>
        await registration.ColleaguesAsync(http.Me(), id, ct) is { } list
            ? TypedResults.Ok(list.Select(UserDto).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Created<EmployerUserDto>, NotFound, ValidationProblem>> AddColleagueAsync(int id, EmployerUserRequest request, HttpContext http,
        EmployerRegistrationService registration, CancellationToken ct) =>
        (await registration.AddColleagueAsync(http.Me(), id, request, ct)).ToResultNoConflict(u => TypedResults.Created($"/api/employers/{id}/users", UserDto(u)));

    private static EmployerUserDto UserDto(AppUser u) => new(u.Id, u.DisplayName, u.Email ?? "");

    /// <summary>Coaches' list of employers (<c>?show=new|mine|all</c>) and the relationship a coach takes or hands back.</summary>
    private static void MapRelations(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/employers").RequireAuthorization(p => p.RequireRole(Roles.Coach)).WithTags("Employers");
        g.MapGet("/relations", RelationsAsync).WithName("ListEmployerRelations")
            .WithSummary("Employers with who holds the relationship: ?show=new (nobody holds them, own municipality first), mine or all.");
        g.MapPost("/{id:int}/relationship", async (int id, HttpContext http, EmployerRelationsService relations, CancellationToken ct) =>
                (await relations.TakeAsync(http.Me(), id, ct)).ToResultNoFields(e => TypedResults.Ok(EmployerDto.From(e))))
            .WithName("TakeEmployerRelationship").WithSummary("The coach takes the relationship with an employer.")
            .WithDescription("Only an employer nobody holds can be taken; one another coach holds is 409.");
        g.MapDelete("/{id:int}/relationship", async (int id, HttpContext http, EmployerRelationsService relations, CancellationToken ct) =>
                (await relations.ReleaseAsync(http.Me(), id, ct)).ToResultNoFields(e => TypedResults.Ok(EmployerDto.From(e))))
            .WithName("ReleaseEmployerRelationship").WithSummary("The coach hands back the relationship with an employer.")
            .WithDescription("Only the coach who holds it can hand it back; anyone else gets 409.");
    }

    private static async Task<Results<Ok<List<EmployerRelationRow>>, ValidationProblem>> RelationsAsync(string? show, HttpContext http,
        EmployerRelationsService relations, CancellationToken ct)
    {
        if (!EmployerListFilters.TryParse(show, out var filter))
        {
            var errors = new FieldErrors();
            errors.Add("show", EmployerListFilters.Message);
            return errors.ToResult();
        }
        return TypedResults.Ok(await relations.ListAsync(http.Me(), filter, ct));
    }

    /// <summary>Public: an employer registers its organisation and first user. Rate-limited like
    /// sign-in, since it too answers whether an e-mail or organisationsnummer is taken.</summary>
    public static void MapPublic(RouteGroupBuilder api) =>
        api.MapPost("/employers/register", RegisterAsync)
            .AllowAnonymous().RequireRateLimiting(Infrastructure.IdentityExtensions.SignInRateLimit).DisableAntiforgery()
            .WithTags("Employers").WithName("RegisterEmployer").WithSummary("An employer registers its organisation and its first user.")
            .WithDescription("Anonymous and rate-limited like sign-in (429 when exceeded): it too tells whether an e-mail or organisationsnummer is taken.");

    private static async Task<Results<Created<EmployerUserDto>, ValidationProblem>> RegisterAsync(EmployerRegistrationRequest request,
        EmployerRegistrationService registration, CancellationToken ct)
    {
        // Registering has nothing to find or to conflict with: it is made or invalid.
        var outcome = await registration.RegisterAsync(request, ct);
        if (outcome.Errors is { } errors)
        {
            return errors.ToResult();
        }
        var user = outcome.Done();
        return TypedResults.Created($"/api/employers/{user.EmployerOrganisationId}", UserDto(user));
    }

    private static async Task<Results<Created<EmployerDto>, ValidationProblem>> CreateAsync(EmployerRequest request, HttpContext http, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        OrganisationNumber.TryNormalise(request.OrganisationNumber, out var orgNr);
        if (await db.Employers.AnyAsync(e => e.OrganisationNumber == orgNr, ct))
        {
            errors.Add(nameof(request.OrganisationNumber), "An employer with this organisationsnummer is already registered.");
        }
        Postcode? postcode = null;
        if (!string.IsNullOrWhiteSpace(request.Postcode))
        {
            postcode = await errors.CheckPostcodeAsync(db, nameof(request.Postcode), request.Postcode, ct);
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var me = http.Me();
        var employer = new EmployerOrganisation
        {
            Name = request.Name.Trim(),
            OrganisationNumber = orgNr,
            Address = request.Address,
            Postcode = postcode?.Code,
            MunicipalityCode = postcode?.MunicipalityCode,
            ContactEmail = request.ContactEmail,
            ContactPhone = request.ContactPhone,
            RelationshipCoachId = me.Is(Roles.Coach) ? me.Id : null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Employers.Add(employer);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/employers/{employer.Id}", EmployerDto.From(employer));
    }
}
