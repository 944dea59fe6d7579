using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class ShortlistChangeConfiguration : IEntityTypeConfiguration<ShortlistChange>
{
    public void Configure(EntityTypeBuilder<ShortlistChange> b)
    {
        b.Property(x => x.Field).HasMaxLength(32);
        b.Property(x => x.From).HasMaxLength(64);
        b.Property(x => x.To).HasMaxLength(64);
        b.Property(x => x.Note).HasMaxLength(MarketplaceDbContext.LongTextLength);
    }
}
