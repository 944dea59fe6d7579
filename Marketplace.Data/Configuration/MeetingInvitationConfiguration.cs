using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class MeetingInvitationConfiguration : IEntityTypeConfiguration<MeetingInvitation>
{
    public void Configure(EntityTypeBuilder<MeetingInvitation> b)
    {
        b.HasIndex(x => new { x.RecruitmentMeetingId, x.CandidateId }).IsUnique();
        b.HasOne(x => x.Meeting).WithMany(m => m.Invitations).HasForeignKey(x => x.RecruitmentMeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Candidate).WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        // The reminder service looks for accepted invitations whose reminder is not yet written.
        b.HasIndex(x => new { x.State, x.ReminderSentAt });
    }
}
