using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class CandidateLicenceConfiguration : IEntityTypeConfiguration<CandidateLicence>
{
    public void Configure(EntityTypeBuilder<CandidateLicence> b) => b.Property(x => x.LicenceClass).HasMaxLength(16);
}
