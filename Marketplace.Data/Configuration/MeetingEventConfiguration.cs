using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class MeetingEventConfiguration : IEntityTypeConfiguration<MeetingEvent>
{
    public void Configure(EntityTypeBuilder<MeetingEvent> b)
    {
        b.Property(x => x.Kind).HasMaxLength(32);
        b.Property(x => x.Detail).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.HasIndex(x => x.RecruitmentMeetingId);
        // Navigations so an event and the meeting or invitation it records are written in one save.
        b.HasOne(x => x.Meeting).WithMany().HasForeignKey(x => x.RecruitmentMeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Invitation).WithMany().HasForeignKey(x => x.InvitationId).OnDelete(DeleteBehavior.Restrict);
    }
}
