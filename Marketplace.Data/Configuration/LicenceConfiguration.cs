using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<DrivingLicenceClass>
{
    public void Configure(EntityTypeBuilder<DrivingLicenceClass> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(16);
    }
}
