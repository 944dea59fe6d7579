using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class LanguageConfiguration : IEntityTypeConfiguration<LanguageRef>
{
    public void Configure(EntityTypeBuilder<LanguageRef> b) => b.Property(x => x.Id).HasMaxLength(16);
}
