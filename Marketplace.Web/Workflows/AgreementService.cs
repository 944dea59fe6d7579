using System.ComponentModel.DataAnnotations;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

/// <summary>What an admin sends to record or change a data-sharing agreement. The dates are
/// nullable so that a missing one is an error, not 0001-01-01.</summary>
public sealed record AgreementRequest(
    [property: Range(1, int.MaxValue)] int ReceivingUnitId,
    [property: Required, StringLength(256, MinimumLength = 3)] string Purpose,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    Guid? Version = null);

/// <summary>An agreement as its admins see it: who grants, who receives, for what, from when to when,
/// whether it is in force today, and whether this admin may change it (only the granting unit's).</summary>
public sealed record AgreementView(DataSharingAgreement Agreement, string GrantingUnit, string ReceivingUnit, bool InForce, bool MayChange);

/// <summary>Data-sharing agreements between units (decisions/0015). Only an admin of the
/// <em>granting</em> unit may record, change or end one: an agreement hands that unit's candidates to
/// someone else, and no other unit can decide that. Every change is in the audit log.</summary>
public sealed class AgreementService(MarketplaceDbContext db, AccessPolicy access, TimeProvider clock)
{
    /// <summary>An agreement runs at most this long before the units sign it again: the longest
    /// plausible programme, and no 9999-12-31 that outlives everyone's review.</summary>
    public const int MaxYears = 5;

    /// <summary>The agreements the admin's unit grants or receives, in force first, newest first.</summary>
    public async Task<List<AgreementView>> ListAsync(CurrentUser admin, CancellationToken ct)
    {
        var today = Today();
        var rows = await access.VisibleAgreements(admin)
            .Select(a => new { Agreement = a, Granting = a.GrantingUnit!.Name, Receiving = a.ReceivingUnit!.Name })
            .AsNoTracking().ToListAsync(ct);
        return rows
            .Select(r => new AgreementView(r.Agreement, r.Granting, r.Receiving, AccessPolicy.InForce(r.Agreement, today), r.Agreement.GrantingUnitId == admin.UnitId))
            .OrderByDescending(v => v.InForce).ThenByDescending(v => v.Agreement.ValidFrom).ThenByDescending(v => v.Agreement.Id)
            .ToList();
    }

    /// <summary>The units an admin may share with: every unit but their own.</summary>
    public Task<List<MunicipalUnit>> OtherUnitsAsync(CurrentUser admin, CancellationToken ct) =>
        db.Units.Where(u => u.Id != admin.UnitId).OrderBy(u => u.Name).AsNoTracking().ToListAsync(ct);

    /// <summary>Records that <paramref name="grantingUnitId"/> shares its candidates. Not found (and
    /// logged) unless the admin belongs to that unit.</summary>
    public async Task<UseCaseResult<DataSharingAgreement>> CreateAsync(CurrentUser admin, int grantingUnitId, AgreementRequest r, CancellationToken ct)
    {
        if (await access.FindAsync(admin, access.GrantableUnits(admin), "Unit", grantingUnitId, ct) is null)
        {
            return UseCaseResult<DataSharingAgreement>.Missing();
        }
        var errors = await ValidateAsync(grantingUnitId, r, ct);
        if (errors.Any)
        {
            return UseCaseResult<DataSharingAgreement>.Invalid(errors);
        }
        var agreement = new DataSharingAgreement
        {
            GrantingUnitId = grantingUnitId,
            ReceivingUnitId = r.ReceivingUnitId,
            Purpose = r.Purpose.Trim(),
            ValidFrom = r.ValidFrom!.Value,
            ValidTo = r.ValidTo,
            CreatedById = admin.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.DataSharingAgreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        // The id exists once saved; the log row follows in a second, small write.
        access.LogChange(admin, "Agreement", agreement.Id, "agreement created");
        await db.SaveChangesAsync(ct);
        return UseCaseResult<DataSharingAgreement>.Done(agreement);
    }

    /// <summary>Changes the purpose or the dates, guarded by the version the admin edited; the
    /// receiving unit cannot be changed (that is a different agreement). An ended agreement stays ended.</summary>
    public async Task<UseCaseResult<DataSharingAgreement>> ChangeAsync(CurrentUser admin, int grantingUnitId, int id, AgreementRequest r, CancellationToken ct)
    {
        var agreement = await FindChangeableAsync(admin, grantingUnitId, id, ct);
        if (agreement is null)
        {
            return UseCaseResult<DataSharingAgreement>.Missing();
        }
        var errors = await ValidateAsync(grantingUnitId, r, ct);
        if (r.ReceivingUnitId != agreement.ReceivingUnitId) errors.Add(nameof(r.ReceivingUnitId), "The receiving unit cannot be changed. End this agreement and record a new one.");
        if (r.Version is null) errors.Add(nameof(r.Version), "Send the version you edited, so a concurrent change is not overwritten.");
        if (agreement.EndedAt is not null) errors.Add(nameof(r.ValidTo), "This agreement has ended and cannot be changed. Record a new one.");
        if (errors.Any)
        {
            return UseCaseResult<DataSharingAgreement>.Invalid(errors);
        }
        db.Entry(agreement).Property(a => a.Version).OriginalValue = r.Version!.Value;
        agreement.Purpose = r.Purpose.Trim();
        agreement.ValidFrom = r.ValidFrom!.Value;
        agreement.ValidTo = r.ValidTo;
        access.LogChange(admin, "Agreement", id, "agreement changed");
        return await db.TrySaveAsync(ct) ? UseCaseResult<DataSharingAgreement>.Done(agreement) : UseCaseResult<DataSharingAgreement>.Stale();
    }

    /// <summary>Ends an agreement now: the receiving unit's coaches lose access to the granting
    /// unit's candidates with their next request. Ending twice is a conflict, not a second end.</summary>
    public async Task<UseCaseResult<DataSharingAgreement>> EndAsync(CurrentUser admin, int grantingUnitId, int id, CancellationToken ct)
    {
        var agreement = await FindChangeableAsync(admin, grantingUnitId, id, ct);
        if (agreement is null)
        {
            return UseCaseResult<DataSharingAgreement>.Missing();
        }
        if (agreement.EndedAt is not null)
        {
            return UseCaseResult<DataSharingAgreement>.Stale();
        }
        agreement.EndedAt = clock.GetUtcNow().UtcDateTime;
        agreement.EndedById = admin.Id;
        access.LogChange(admin, "Agreement", id, "agreement ended");
        return await db.TrySaveAsync(ct) ? UseCaseResult<DataSharingAgreement>.Done(agreement) : UseCaseResult<DataSharingAgreement>.Stale();
    }

    private Task<DataSharingAgreement?> FindChangeableAsync(CurrentUser admin, int grantingUnitId, int id, CancellationToken ct) =>
        access.FindAsync(admin, access.VisibleAgreements(admin).Where(a => a.GrantingUnitId == grantingUnitId && a.GrantingUnitId == admin.UnitId),
            "Agreement", id, ct);

    private async Task<FieldErrors> ValidateAsync(int grantingUnitId, AgreementRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddAttributeErrors(r);
        errors.CheckClientValues(r);
        if (r.ReceivingUnitId == grantingUnitId) errors.Add(nameof(r.ReceivingUnitId), "A unit cannot share with itself.");
        else if (r.ReceivingUnitId > 0 && !await db.Units.AnyAsync(u => u.Id == r.ReceivingUnitId, ct)) errors.Add(nameof(r.ReceivingUnitId), "Choose a unit from the list.");
        var today = Today();
        if (r.ValidFrom is not { } from)
        {
            errors.Add(nameof(r.ValidFrom), "Enter the date the agreement starts.");
        }
        else if (from < today.AddYears(-1) || from > today.AddYears(1))
        {
            errors.Add(nameof(r.ValidFrom), "Enter a start date at most a year back or ahead.");
        }
        if (r.ValidTo is not { } to)
        {
            errors.Add(nameof(r.ValidTo), "Enter the date the agreement ends (at most five years after it starts).");
        }
        else if (r.ValidFrom is not { } start)
        {
            // Nothing to compare with; the start date's own error says what to do.
        }
        else if (to < start)
        {
            errors.Add(nameof(r.ValidTo), "The end date is before the start date.");
        }
        else if (to > start.AddYears(MaxYears))
        {
            errors.Add(nameof(r.ValidTo), "An agreement may run at most five years. Enter an earlier end date.");
        }
        return errors;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
