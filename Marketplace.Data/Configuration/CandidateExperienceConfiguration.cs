using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class CandidateExperienceConfiguration : IEntityTypeConfiguration<CandidateExperience>
{
    public void Configure(EntityTypeBuilder<CandidateExperience> b)
    {
        b.Property(x => x.OccupationGroupId).HasMaxLength(16);
        b.Property(x => x.Years).HasPrecision(4, 1);
    }
}
