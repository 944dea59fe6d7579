using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<MunicipalUnit>
{
    public void Configure(EntityTypeBuilder<MunicipalUnit> b) => b.Property(x => x.MunicipalityCode).HasMaxLength(4);
}
