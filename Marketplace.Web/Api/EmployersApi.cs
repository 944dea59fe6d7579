using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Marketplace.Web.Workflows;
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
        var g = api.MapGroup("/employers");
        g.MapGet("/", async (HttpContext http, AccessPolicy access, CancellationToken ct) =>
            TypedResults.Ok(await access.VisibleEmployers(http.Me()).OrderBy(e => e.Name).Take(500).Select(e => EmployerDto.From(e)).ToListAsync(ct)));
        g.MapGet("/{id:int}", async (int id, HttpContext http, AccessPolicy access, CancellationToken ct) =>
        {
            var me = http.Me();
            var employer = await access.FindAsync(me, access.VisibleEmployers(me), "Employer", id, ct);
            return employer is null ? Results.NotFound() : Results.Ok(EmployerDto.From(employer));
        });
        // Coaches register the employers they work with; employers register themselves below.
        g.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Admin));
        g.MapGet("/{id:int}/users", async (int id, HttpContext http, EmployerRegistrationService registration, CancellationToken ct) =>
            await registration.ColleaguesAsync(http.Me(), id, ct) is { } list
                ? Results.Ok(list.Select(u => new EmployerUserDto(u.Id, u.DisplayName, u.Email ?? "")).ToList())
                : Results.NotFound());
        g.MapPost("/{id:int}/users", async (int id, EmployerUserRequest request, HttpContext http, EmployerRegistrationService registration, CancellationToken ct) =>
            (await registration.AddColleagueAsync(http.Me(), id, request, ct))
                .ToResult(u => TypedResults.Created($"/api/employers/{id}/users", new EmployerUserDto(u.Id, u.DisplayName, u.Email ?? ""))))
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerUser));
        MapRelations(api);
    }

    /// <summary>Coaches' list of employers (<c>?show=new|mine|all</c>) and the relationship a coach takes or hands back.</summary>
    private static void MapRelations(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/employers").RequireAuthorization(p => p.RequireRole(Roles.Coach));
        g.MapGet("/relations", async (string? show, HttpContext http, EmployerRelationsService relations, CancellationToken ct) =>
        {
            if (!EmployerListFilters.TryParse(show, out var filter))
            {
                var errors = new FieldErrors();
                errors.Add("show", EmployerListFilters.Message);
                return errors.ToResult();
            }
            return TypedResults.Ok(await relations.ListAsync(http.Me(), filter, ct));
        });
        g.MapPost("/{id:int}/relationship", async (int id, HttpContext http, EmployerRelationsService relations, CancellationToken ct) =>
            (await relations.TakeAsync(http.Me(), id, ct)).ToResult(e => TypedResults.Ok(EmployerDto.From(e))));
        g.MapDelete("/{id:int}/relationship", async (int id, HttpContext http, EmployerRelationsService relations, CancellationToken ct) =>
            (await relations.ReleaseAsync(http.Me(), id, ct)).ToResult(e => TypedResults.Ok(EmployerDto.From(e))));
    }

    /// <summary>Public: an employer registers its organisation and first user. Rate-limited like
    /// sign-in, since it too answers whether an e-mail or organisationsnummer is taken.</summary>
    public static void MapPublic(RouteGroupBuilder api) =>
        api.MapPost("/employers/register", async (EmployerRegistrationRequest request, EmployerRegistrationService registration, CancellationToken ct) =>
                (await registration.RegisterAsync(request, ct))
                    .ToResult(u => TypedResults.Created($"/api/employers/{u.EmployerOrganisationId}", new EmployerUserDto(u.Id, u.DisplayName, u.Email ?? ""))))
            .AllowAnonymous().RequireRateLimiting(Infrastructure.IdentityExtensions.SignInRateLimit).DisableAntiforgery();

    private static async Task<IResult> CreateAsync(EmployerRequest request, HttpContext http, MarketplaceDbContext db, TimeProvider clock, CancellationToken ct)
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
