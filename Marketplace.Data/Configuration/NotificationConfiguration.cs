using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(x => x.Kind).HasMaxLength(64);
        b.Property(x => x.Payload).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.HasIndex(x => new { x.UserId, x.Id });
    }
}
