using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class ConsentRequestConfiguration : IEntityTypeConfiguration<ConsentRequest>
{
    public void Configure(EntityTypeBuilder<ConsentRequest> b)
    {
        b.HasOne(x => x.ShortlistEntry).WithMany().HasForeignKey(x => x.ShortlistEntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CandidateId, x.EmployerOrganisationId, x.State });
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
