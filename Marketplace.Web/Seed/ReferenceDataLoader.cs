using Marketplace.Data;
using Marketplace.Data.Entities;
using Marketplace.Matching.Taxonomy;
using Microsoft.EntityFrameworkCore;
using OccupationGroup = Marketplace.Data.Entities.OccupationGroup;

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
        var t = TaxonomyData.Default;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.OccupationGroups.AddRange(t.Groups.Select(g => new OccupationGroup { Id = g.Id, Ssyk = g.Ssyk, Label = g.Label }));
        db.Skills.AddRange(t.Skills.Select(s => new Skill { Id = s.Id, Label = s.Label }));
        db.Languages.AddRange(t.Languages.Select(l => new LanguageRef { Id = l.Id, Label = l.Label }));
        // Licence classes are keyed by the class as written on the licence ("B", "CE").
        db.DrivingLicences.AddRange(t.DrivingLicenceConcepts.Select(l => new DrivingLicenceClass { Code = l.Label, Label = l.Label }));
        db.Municipalities.AddRange(t.Municipalities.Select(m => new Municipality { Code = m.Code!, Label = m.Label }));
        db.Postcodes.AddRange(t.Postcodes.All.Select(p => new Postcode { Code = p.Postcode, Place = p.Place, MunicipalityCode = p.MunicipalityCode, Lat = p.Point.Lat, Lon = p.Point.Lon }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.ChangeTracker.Clear();
        logger.LogInformation("Loaded reference data: {Groups} occupation groups, {Skills} skills, {Postcodes} postcodes",
            t.Groups.Count, t.Skills.Count, t.Postcodes.All.Count);
    }
}
