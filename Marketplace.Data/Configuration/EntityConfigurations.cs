using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<MunicipalUnit>
{
    public void Configure(EntityTypeBuilder<MunicipalUnit> b) => b.Property(x => x.MunicipalityCode).HasMaxLength(4);
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<DataSharingAgreement>
{
    public void Configure(EntityTypeBuilder<DataSharingAgreement> b)
    {
        b.HasOne(x => x.GrantingUnit).WithMany().HasForeignKey(x => x.GrantingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ReceivingUnit).WithMany().HasForeignKey(x => x.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ReceivingUnitId, x.GrantingUnitId });
    }
}

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<EmployerOrganisation>
{
    public void Configure(EntityTypeBuilder<EmployerOrganisation> b)
    {
        b.Property(x => x.OrganisationNumber).HasMaxLength(11);
        b.HasIndex(x => x.OrganisationNumber).IsUnique();
        b.Property(x => x.Postcode).HasMaxLength(5);
        b.Property(x => x.MunicipalityCode).HasMaxLength(4);
        b.Property(x => x.ContactPhone).HasMaxLength(32);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.PreferredLanguage).HasMaxLength(8);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.EmployerOrganisation).WithMany().HasForeignKey(x => x.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Candidate>().WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> b)
    {
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.CoachId).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.HomePostcode).HasMaxLength(5);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Gender).HasMaxLength(16);
        b.Property(x => x.OriginCountry).HasMaxLength(64);
        b.Property(x => x.Summary).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.UnitId);
        b.HasIndex(x => x.Email);
        // The duplicate warning narrows by birth date in SQL and compares names in C#.
        b.HasIndex(x => x.BirthDate);
        b.HasMany(x => x.Experience).WithOne().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Skills).WithOne().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Languages).WithOne().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Licences).WithOne().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Interests).WithOne().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ActionPlan).WithOne().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CandidateExperienceConfiguration : IEntityTypeConfiguration<CandidateExperience>
{
    public void Configure(EntityTypeBuilder<CandidateExperience> b)
    {
        b.Property(x => x.OccupationGroupId).HasMaxLength(16);
        b.Property(x => x.Years).HasPrecision(4, 1);
    }
}

internal sealed class CandidateSkillConfiguration : IEntityTypeConfiguration<CandidateSkill>
{
    public void Configure(EntityTypeBuilder<CandidateSkill> b)
    {
        b.Property(x => x.SkillId).HasMaxLength(16);
        b.HasIndex(x => new { x.CandidateId, x.SkillId }).IsUnique();
    }
}

internal sealed class CandidateLanguageConfiguration : IEntityTypeConfiguration<CandidateLanguage>
{
    public void Configure(EntityTypeBuilder<CandidateLanguage> b) => b.Property(x => x.LanguageId).HasMaxLength(16);
}

internal sealed class CandidateLicenceConfiguration : IEntityTypeConfiguration<CandidateLicence>
{
    public void Configure(EntityTypeBuilder<CandidateLicence> b) => b.Property(x => x.LicenceClass).HasMaxLength(16);
}

internal sealed class CandidateInterestConfiguration : IEntityTypeConfiguration<CandidateInterest>
{
    public void Configure(EntityTypeBuilder<CandidateInterest> b) => b.Property(x => x.OccupationGroupId).HasMaxLength(16);
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.HasOne(x => x.EmployerOrganisation).WithMany(x => x.Placements).HasForeignKey(x => x.EmployerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Description).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.Property(x => x.OccupationGroupId).HasMaxLength(16);
        b.Property(x => x.WorkplacePostcode).HasMaxLength(5);
        b.Property(x => x.SupervisorPhone).HasMaxLength(32);
        b.Property(x => x.RequiredLicence).HasMaxLength(16);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.EmployerOrganisationId, x.Status });
        b.HasMany(x => x.Skills).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.UsefulLanguages).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlacementSkillConfiguration : IEntityTypeConfiguration<PlacementSkill>
{
    public void Configure(EntityTypeBuilder<PlacementSkill> b) => b.Property(x => x.SkillId).HasMaxLength(16);
}

internal sealed class PlacementLanguageConfiguration : IEntityTypeConfiguration<PlacementLanguage>
{
    public void Configure(EntityTypeBuilder<PlacementLanguage> b) => b.Property(x => x.LanguageId).HasMaxLength(16);
}

internal sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> b)
    {
        b.HasOne(x => x.Placement).WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Candidate).WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PlacementId, x.CandidateId }).IsUnique();
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ShortlistEntryId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class ShortlistChangeConfiguration : IEntityTypeConfiguration<ShortlistChange>
{
    public void Configure(EntityTypeBuilder<ShortlistChange> b)
    {
        b.Property(x => x.Field).HasMaxLength(32);
        b.Property(x => x.From).HasMaxLength(64);
        b.Property(x => x.To).HasMaxLength(64);
        b.Property(x => x.Note).HasMaxLength(MarketplaceDbContext.LongTextLength);
    }
}

internal sealed class ConsentRequestConfiguration : IEntityTypeConfiguration<ConsentRequest>
{
    public void Configure(EntityTypeBuilder<ConsentRequest> b)
    {
        b.HasOne(x => x.ShortlistEntry).WithMany().HasForeignKey(x => x.ShortlistEntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CandidateId, x.EmployerOrganisationId, x.State });
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

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

internal sealed class MeetingEmployerSkillConfiguration : IEntityTypeConfiguration<MeetingEmployerSkill>
{
    public void Configure(EntityTypeBuilder<MeetingEmployerSkill> b) => b.Property(x => x.SkillId).HasMaxLength(16);
}

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

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(x => x.Kind).HasMaxLength(64);
        b.Property(x => x.Payload).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.HasIndex(x => new { x.UserId, x.Id });
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(x => x.Kind).HasMaxLength(64);
        b.Property(x => x.Language).HasMaxLength(8);
        b.Property(x => x.Payload).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.Property(x => x.AttachmentName).HasMaxLength(64);
        b.Property(x => x.AttachmentType).HasMaxLength(64);
        b.Property(x => x.AttachmentContent).HasMaxLength(MarketplaceDbContext.LongTextLength);
        b.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
        b.Property(x => x.LastEvent).HasMaxLength(32);
    }
}

internal sealed class EmailEventConfiguration : IEntityTypeConfiguration<EmailEvent>
{
    public void Configure(EntityTypeBuilder<EmailEvent> b)
    {
        b.Property(x => x.ProviderEventId).HasMaxLength(128);
        // The deduplication: a redelivered event fails this index and is not stored twice.
        b.HasIndex(x => x.ProviderEventId).IsUnique();
        b.Property(x => x.Event).HasMaxLength(32);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasOne<OutboxMessage>().WithMany().HasForeignKey(x => x.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.OutboxMessageId, x.OccurredAt });
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> b)
    {
        b.ToTable("DataProtectionKeys");
        b.Property(x => x.FriendlyName).HasMaxLength(128);
        // A key element is about 1 KB; the limit leaves room for an encrypted one (ProtectKeysWith…).
        b.Property(x => x.Xml).HasMaxLength(MarketplaceDbContext.LongTextLength);
    }
}

internal sealed class AccessAuditConfiguration : IEntityTypeConfiguration<AccessAuditEntry>
{
    public void Configure(EntityTypeBuilder<AccessAuditEntry> b)
    {
        b.Property(x => x.Role).HasMaxLength(32);
        b.Property(x => x.ObjectKind).HasMaxLength(32);
        b.Property(x => x.ObjectId).HasMaxLength(64);
        b.Property(x => x.Purpose).HasMaxLength(128);
        b.HasIndex(x => new { x.ObjectKind, x.ObjectId });
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class OccupationGroupConfiguration : IEntityTypeConfiguration<OccupationGroup>
{
    public void Configure(EntityTypeBuilder<OccupationGroup> b)
    {
        b.Property(x => x.Id).HasMaxLength(16);
        b.Property(x => x.Ssyk).HasMaxLength(4);
        b.HasIndex(x => x.Ssyk).IsUnique();
    }
}

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> b)
    {
        b.Property(x => x.Id).HasMaxLength(16);
        b.HasIndex(x => x.Label);
    }
}

internal sealed class LanguageConfiguration : IEntityTypeConfiguration<LanguageRef>
{
    public void Configure(EntityTypeBuilder<LanguageRef> b) => b.Property(x => x.Id).HasMaxLength(16);
}

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<DrivingLicenceClass>
{
    public void Configure(EntityTypeBuilder<DrivingLicenceClass> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(16);
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(4);
    }
}

internal sealed class PostcodeConfiguration : IEntityTypeConfiguration<Postcode>
{
    public void Configure(EntityTypeBuilder<Postcode> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.MunicipalityCode).HasMaxLength(4);
    }
}
