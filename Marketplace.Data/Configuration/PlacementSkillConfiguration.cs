using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class PlacementSkillConfiguration : IEntityTypeConfiguration<PlacementSkill>
{
    public void Configure(EntityTypeBuilder<PlacementSkill> b) => b.Property(x => x.SkillId).HasMaxLength(16);
}
