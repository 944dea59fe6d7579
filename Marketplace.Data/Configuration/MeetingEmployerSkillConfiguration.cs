using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class MeetingEmployerSkillConfiguration : IEntityTypeConfiguration<MeetingEmployerSkill>
{
    public void Configure(EntityTypeBuilder<MeetingEmployerSkill> b) => b.Property(x => x.SkillId).HasMaxLength(16);
}
