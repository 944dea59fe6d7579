using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class MeetingEmployerConfiguration : IEntityTypeConfiguration<MeetingEmployer>
{
    public void Configure(EntityTypeBuilder<MeetingEmployer> b)
    {
        b.Property(x => x.Needs).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.Property(x => x.WorkingLanguageId).HasMaxLength(16);
        b.HasOne(x => x.EmployerOrganisation).WithMany().HasForeignKey(x => x.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Skills).WithOne().HasForeignKey(x => x.MeetingEmployerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RecruitmentMeetingId, x.EmployerOrganisationId }).IsUnique();
    }
}
