using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class AccessAuditConfiguration : IEntityTypeConfiguration<AccessAuditEntry>
{
    public void Configure(EntityTypeBuilder<AccessAuditEntry> b)
    {
        b.Property(x => x.Role).HasMaxLength(32);
        b.Property(x => x.ObjectKind).HasMaxLength(32);
        b.Property(x => x.ObjectId).HasMaxLength(64);
        b.Property(x => x.Purpose).HasMaxLength(128);
        b.HasIndex(x => new { x.ObjectKind, x.ObjectId });
        b.HasIndex(x => x.UserId);
        // The data-protection follow-up reads a period's views.
        b.HasIndex(x => x.At);
    }
}
