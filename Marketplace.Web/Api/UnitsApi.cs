using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

public sealed record UnitDto(int Id, string Name, string MunicipalityCode);

public sealed record AgreementRequest([property: Range(1, int.MaxValue)] int ReceivingUnitId, [property: Required, StringLength(256, MinimumLength = 3)] string Purpose, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record AgreementDto(int Id, int GrantingUnitId, int ReceivingUnitId, string Purpose, DateOnly ValidFrom, DateOnly? ValidTo);

public static class UnitsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/units").WithTags("Units");
        g.MapGet("/{id:int}", GetAsync).WithName("GetUnit").WithSummary("One municipal unit.")
            .WithDescription("Coaches see their own unit, admins every unit; others get 404.");
        g.MapPost("/{id:int}/agreements", CreateAgreementAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithName("CreateAgreement").WithSummary("Records that a unit shares its candidates with another unit.");
    }

    private static async Task<Results<Ok<UnitDto>, NotFound>> GetAsync(int id, HttpContext http, AccessPolicy access, CancellationToken ct)
    {
        var me = http.Me();
        var unit = await access.FindAsync(me, access.VisibleUnits(me), "Unit", id, ct);
        return unit is null ? TypedResults.NotFound() : TypedResults.Ok(new UnitDto(unit.Id, unit.Name, unit.MunicipalityCode));
    }

    /// <summary>An admin records that unit <paramref name="id"/> shares its candidates with another unit.</summary>
    private static async Task<Results<Created<AgreementDto>, NotFound, ValidationProblem>> CreateAgreementAsync(int id, AgreementRequest request, MarketplaceDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!await db.Units.AnyAsync(u => u.Id == id, ct)) return TypedResults.NotFound();
        if (request.ReceivingUnitId == id) errors.Add(nameof(request.ReceivingUnitId), "A unit cannot share with itself.");
        else if (!await db.Units.AnyAsync(u => u.Id == request.ReceivingUnitId, ct)) errors.Add(nameof(request.ReceivingUnitId), "No such unit.");
        if (request.ValidTo is { } to && to < request.ValidFrom) errors.Add(nameof(request.ValidTo), "The end date is before the start date.");
        if (errors.Any) return errors.ToResult();
        var agreement = new DataSharingAgreement { GrantingUnitId = id, ReceivingUnitId = request.ReceivingUnitId, Purpose = request.Purpose.Trim(), ValidFrom = request.ValidFrom, ValidTo = request.ValidTo };
        db.DataSharingAgreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/units/{id}/agreements/{agreement.Id}",
            new AgreementDto(agreement.Id, id, agreement.ReceivingUnitId, agreement.Purpose, agreement.ValidFrom, agreement.ValidTo));
    }
}
