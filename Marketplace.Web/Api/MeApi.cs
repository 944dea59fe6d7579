using System.Globalization;
using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Api;

public sealed record ExportShortlistEntry(int Id, int PlacementId, string PlacementTitle, string EmployerName, CoachStatus CoachStatus,
    EmployerAssessment EmployerAssessment, DateTime AddedAt, IReadOnlyList<ShortlistChangeDto> History);

public sealed record ExportAuditEntry(DateTime At, string Role, int? UnitId, int? EmployerId, string ObjectKind, string Purpose, bool Permitted);

/// <summary>Everything stored about one candidate, as PRODUCT.md capability 12 asks.</summary>
public sealed record CandidateExport(DateTime ExportedAt, CandidateDto Profile, IReadOnlyList<ExportShortlistEntry> ShortlistEntries,
    IReadOnlyList<ConsentDto> ConsentRequests, IReadOnlyList<ExportAuditEntry> AuditEntries, IReadOnlyList<OutcomeDto> Outcomes);

/// <summary>The signed-in candidate's own data.</summary>
public static class MeApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me/export", ExportAsync).RequireAuthorization(p => p.RequireRole(Roles.Candidate))
            .WithTags("Me").WithName("ExportMyData").WithSummary("Everything stored about the signed-in candidate, as a download.")
            .WithDescription("Profile, shortlist entries with history, consent requests, who read the profile, and outcomes. "
                + "Sent as an attachment (my-data.json). A candidate account not tied to a profile gets 404.");
    }

    private static async Task<Results<Ok<CandidateExport>, NotFound>> ExportAsync(HttpContext http, AccessPolicy access, MarketplaceDbContext db, Workflows.OutcomeService outcomes,
        TimeProvider clock, CancellationToken ct)
    {
        var me = http.Me();
        if (me.CandidateId is not { } id || await access.OpenCandidateAsync(me, id, "export", ct) is not { } profile)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = await access.VisibleShortlistEntries(me).Include(e => e.History).Include(e => e.Placement!).ThenInclude(p => p.EmployerOrganisation)
            .AsSplitQuery().OrderBy(e => e.Id).AsNoTracking().ToListAsync(ct);
        var consents = await access.VisibleConsentRequests(me).OrderBy(r => r.Id).AsNoTracking().ToListAsync(ct);
        var key = id.ToString(CultureInfo.InvariantCulture);
        var audit = await db.AccessAudit.Where(a => (a.ObjectKind == "Candidate" || a.ObjectKind == "CandidateViews") && a.ObjectId == key)
            .OrderBy(a => a.Id).Select(a => new ExportAuditEntry(a.At, a.Role, a.UnitId, a.EmployerOrganisationId, a.ObjectKind, a.Purpose, a.Permitted))
            .ToListAsync(ct);
        var export = new CandidateExport(now, CandidateDto.From(profile),
            entries.Select(e => new ExportShortlistEntry(e.Id, e.PlacementId, e.Placement!.Title, e.Placement.EmployerOrganisation?.Name ?? "",
                e.CoachStatus, e.EmployerAssessment, e.AddedAt, e.History.OrderBy(h => h.Id).Select(ShortlistChangeDto.Of).ToList())).ToList(),
            consents.Select(r => ConsentDto.From(r, now)).ToList(), audit,
            (await outcomes.ListAsync(me, id, ct)).Select(OutcomeDto.From).ToList());
        // A download, named so the browser saves it rather than showing it.
        http.Response.Headers.ContentDisposition = "attachment; filename=\"my-data.json\"";
        return TypedResults.Ok(export);
    }
}
