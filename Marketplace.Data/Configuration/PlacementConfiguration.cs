using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.HasOne(x => x.EmployerOrganisation).WithMany(x => x.Placements).HasForeignKey(x => x.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Description).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.Property(x => x.OccupationGroupId).HasMaxLength(16);
        b.Property(x => x.WorkplacePostcode).HasMaxLength(5);
        b.Property(x => x.SupervisorPhone).HasMaxLength(32);
        b.Property(x => x.RequiredLicence).HasMaxLength(16);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.EmployerOrganisationId, x.Status });
        b.HasMany(x => x.Skills).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.UsefulLanguages).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}
