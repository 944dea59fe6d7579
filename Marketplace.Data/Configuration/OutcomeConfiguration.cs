using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<CandidateOutcome>
{
    public void Configure(EntityTypeBuilder<CandidateOutcome> b)
    {
        b.HasOne<Candidate>().WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Placement).WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.EmployerOrganisation).WithMany().HasForeignKey(x => x.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.CandidateId, x.StartDate });
    }
}
