using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<RecruitmentMeeting>
{
    public void Configure(EntityTypeBuilder<RecruitmentMeeting> b)
    {
        b.Property(x => x.CalendarUid).HasMaxLength(128);
        b.HasIndex(x => x.CalendarUid).IsUnique();
        b.HasMany(x => x.Employers).WithOne().HasForeignKey(x => x.RecruitmentMeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Title).HasMaxLength(200);
        b.HasIndex(x => new { x.UnitId, x.StartsAt });
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
