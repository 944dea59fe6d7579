using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<DataSharingAgreement>
{
    public void Configure(EntityTypeBuilder<DataSharingAgreement> b)
    {
        b.HasOne(x => x.GrantingUnit).WithMany().HasForeignKey(x => x.GrantingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ReceivingUnit).WithMany().HasForeignKey(x => x.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ReceivingUnitId, x.GrantingUnitId });
        b.Property(x => x.Purpose).HasMaxLength(256);
        b.Property(x => x.CreatedById).HasMaxLength(450);
        b.Property(x => x.EndedById).HasMaxLength(450);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
