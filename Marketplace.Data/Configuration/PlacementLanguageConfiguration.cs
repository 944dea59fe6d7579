using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class PlacementLanguageConfiguration : IEntityTypeConfiguration<PlacementLanguage>
{
    public void Configure(EntityTypeBuilder<PlacementLanguage> b) => b.Property(x => x.LanguageId).HasMaxLength(16);
}
