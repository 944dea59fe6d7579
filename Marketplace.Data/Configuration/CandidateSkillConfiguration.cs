using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class CandidateSkillConfiguration : IEntityTypeConfiguration<CandidateSkill>
{
    public void Configure(EntityTypeBuilder<CandidateSkill> b)
    {
        b.Property(x => x.SkillId).HasMaxLength(16);
        b.HasIndex(x => new { x.CandidateId, x.SkillId }).IsUnique();
    }
}
