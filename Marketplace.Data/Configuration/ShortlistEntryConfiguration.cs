using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> b)
    {
        b.HasOne(x => x.Placement).WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Candidate).WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PlacementId, x.CandidateId }).IsUnique();
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ShortlistEntryId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
