using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class CandidateInterestConfiguration : IEntityTypeConfiguration<CandidateInterest>
{
    public void Configure(EntityTypeBuilder<CandidateInterest> b) => b.Property(x => x.OccupationGroupId).HasMaxLength(16);
}
