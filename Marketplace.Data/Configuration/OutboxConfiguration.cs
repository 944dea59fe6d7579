using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(x => x.Kind).HasMaxLength(64);
        b.Property(x => x.Language).HasMaxLength(8);
        b.Property(x => x.Payload).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.Property(x => x.AttachmentName).HasMaxLength(64);
        b.Property(x => x.AttachmentType).HasMaxLength(64);
        b.Property(x => x.AttachmentContent).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
        b.Property(x => x.LastEvent).HasMaxLength(32);
    }
}
