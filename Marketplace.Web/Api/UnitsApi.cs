using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Marketplace.Web.Workflows;

namespace Marketplace.Web.Api;

public sealed record UnitDto(int Id, string Name, string MunicipalityCode);

public sealed record AgreementDto(int Id, int GrantingUnitId, int ReceivingUnitId, string Purpose, DateOnly ValidFrom, DateOnly? ValidTo, DateTime? EndedAt, bool InForce, Guid Version)
{
    public static AgreementDto From(DataSharingAgreement a, DateOnly today) =>
        new(a.Id, a.GrantingUnitId, a.ReceivingUnitId, a.Purpose, a.ValidFrom, a.ValidTo, a.EndedAt, AccessPolicy.InForce(a, today), a.Version);
}

public static class UnitsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/units").WithTags("Units");
        g.MapGet("/{id:int}", GetAsync).WithName("GetUnit").WithSummary("One municipal unit.")
            .WithDescription("Coaches see their own unit, admins every unit; others get 404.");
        var admin = g.MapGroup("/{id:int}/agreements").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        admin.MapGet("/", ListAgreementsAsync).WithName("ListAgreements").WithSummary("The agreements the admin's unit grants or receives.")
            .WithDescription("Only an admin of the unit; another unit's id is 404.");
        admin.MapPost("/", CreateAgreementAsync).WithName("CreateAgreement").WithSummary("Records that the unit shares its candidates with another unit.")
            .WithDescription("Only an admin of the granting unit (the one in the path); for any other unit the answer is 404 and logged. "
                + "validFrom and validTo are required; an agreement runs at most five years.");
        admin.MapPut("/{agreementId:int}", ChangeAgreementAsync).WithName("ChangeAgreement").WithSummary("Changes an agreement's purpose or dates.")
            .WithDescription("Only an admin of the granting unit; send the version you read (409 when it changed since). An ended agreement cannot be changed.");
        admin.MapPost("/{agreementId:int}/end", EndAgreementAsync).WithName("EndAgreement").WithSummary("Ends an agreement now.")
            .WithDescription("Only an admin of the granting unit. The receiving unit's coaches lose access with their next request; ending twice is 409.");
    }

    private static async Task<Results<Ok<UnitDto>, NotFound>> GetAsync(int id, HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var me = http.Me();
        var unit = await access.FindAsync(me, access.VisibleUnits(me), "Unit", id, ct);
        return unit is null ? TypedResults.NotFound() : TypedResults.Ok(new UnitDto(unit.Id, unit.Name, unit.MunicipalityCode));
    }

    private static async Task<Results<Ok<List<AgreementDto>>, NotFound>> ListAgreementsAsync(int id, HttpContext http, AgreementService agreements, AccessPolicy access,
        TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        if (me.UnitId != id)
        {
            await access.LogDenialAsync(me, "Unit", id, ct);
            return TypedResults.NotFound();
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok((await agreements.ListAsync(me, ct)).Select(v => AgreementDto.From(v.Agreement, today)).ToList());
    }

    private static async Task<Results<Created<AgreementDto>, NotFound, ValidationProblem>> CreateAgreementAsync(int id, AgreementRequest request, HttpContext http,
        AgreementService agreements, TimeProvider clock, CancellationToken ct) =>
        (await agreements.CreateAsync(http.Me(), id, request, ct)).ToResultNoConflict(a =>
            TypedResults.Created($"/api/units/{id}/agreements/{a.Id}", AgreementDto.From(a, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))));

    private static async Task<Results<Ok<AgreementDto>, NotFound, ValidationProblem, ConflictProblem>> ChangeAgreementAsync(int id, int agreementId, AgreementRequest request,
        HttpContext http, AgreementService agreements, TimeProvider clock, CancellationToken ct) =>
        (await agreements.ChangeAsync(http.Me(), id, agreementId, request, ct)).ToResult(a => TypedResults.Ok(AgreementDto.From(a, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))));

    private static async Task<Results<Ok<AgreementDto>, NotFound, ConflictProblem>> EndAgreementAsync(int id, int agreementId, HttpContext http, AgreementService agreements,
        TimeProvider clock, CancellationToken ct) =>
        (await agreements.EndAsync(http.Me(), id, agreementId, ct)).ToResultNoFields(a => TypedResults.Ok(AgreementDto.From(a, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))));
}
