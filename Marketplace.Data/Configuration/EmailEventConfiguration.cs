using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class EmailEventConfiguration : IEntityTypeConfiguration<EmailEvent>
{
    public void Configure(EntityTypeBuilder<EmailEvent> b)
    {
        b.Property(x => x.ProviderEventId).HasMaxLength(128);
        // The deduplication: a redelivered event fails this index and is not stored twice.
        b.HasIndex(x => x.ProviderEventId).IsUnique();
        b.Property(x => x.Event).HasMaxLength(32);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasOne<OutboxMessage>().WithMany().HasForeignKey(x => x.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.OutboxMessageId, x.OccurredAt });
    }
}
