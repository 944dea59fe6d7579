using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class OccupationGroupConfiguration : IEntityTypeConfiguration<OccupationGroup>
{
    public void Configure(EntityTypeBuilder<OccupationGroup> b)
    {
        b.Property(x => x.Id).HasMaxLength(16);
        b.Property(x => x.Ssyk).HasMaxLength(4);
        b.HasIndex(x => x.Ssyk).IsUnique();
    }
}
