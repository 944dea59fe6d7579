using Marketplace.Data;
using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Seed;

/// <summary>Fills the taxonomy reference tables from the shipped files when they are empty.
/// A newer taxonomy is an admin import (later); this only makes a fresh database usable.</summary>
public sealed class ReferenceDataLoader(MarketplaceDbContext db, ILogger<ReferenceDataLoader> logger)
{
    public async Task LoadAsync(CancellationToken ct)
    {
        if (await db.OccupationGroups.AnyAsync(ct))
        {
            return;
        }
        var t = TaxonomyFile.Instance;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.OccupationGroups.AddRange(t.OccupationGroups.Select(g => new OccupationGroup { Id = g.Id, Ssyk = g.Ssyk, Label = g.Label }));
        db.Skills.AddRange(t.Skills.Select(s => new Skill { Id = s.Id, Label = s.Label }));
        db.Languages.AddRange(t.Languages.Select(l => new LanguageRef { Id = l.Id, Label = l.Label }));
        // Licence classes are keyed by the class as written on the licence ("B", "CE").
        db.DrivingLicences.AddRange(t.DrivingLicences.Select(l => new DrivingLicenceClass { Code = l.Label, Label = l.Label }));
        db.Municipalities.AddRange(t.Municipalities.Select(m => new Municipality { Code = m.Code, Label = m.Label }));
        db.Postcodes.AddRange(TaxonomyFile.Postcodes.Select(p => new Postcode { Code = p.Code, Place = p.Place, MunicipalityCode = p.MunicipalityCode, Lat = p.Lat, Lon = p.Lon }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.ChangeTracker.Clear();
        logger.LogInformation("Loaded reference data: {Groups} occupation groups, {Skills} skills, {Postcodes} postcodes",
            t.OccupationGroups.Count, t.Skills.Count, TaxonomyFile.Postcodes.Count);
    }
}
