using Marketplace.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.Data;

/// <summary>The one model. Each provider has a subclass (<see cref="SqliteMarketplaceDbContext"/>,
/// <see cref="MySqlMarketplaceDbContext"/>) only so that each carries its own migrations.</summary>
public class MarketplaceDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public const int DefaultStringLength = 256;
    public const int LongTextLength = 4000;

    public DbSet<MunicipalUnit> Units => Set<MunicipalUnit>();
    public DbSet<DataSharingAgreement> DataSharingAgreements => Set<DataSharingAgreement>();
    public DbSet<EmployerOrganisation> Employers => Set<EmployerOrganisation>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<ShortlistEntry> ShortlistEntries => Set<ShortlistEntry>();
    public DbSet<ShortlistChange> ShortlistChanges => Set<ShortlistChange>();
    public DbSet<ConsentRequest> ConsentRequests => Set<ConsentRequest>();
    public DbSet<CandidateOutcome> Outcomes => Set<CandidateOutcome>();
    public DbSet<RecruitmentMeeting> Meetings => Set<RecruitmentMeeting>();
    public DbSet<MeetingInvitation> MeetingInvitations => Set<MeetingInvitation>();
    public DbSet<MeetingEvent> MeetingEvents => Set<MeetingEvent>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<EmailEvent> EmailEvents => Set<EmailEvent>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
    public DbSet<AccessAuditEntry> AccessAudit => Set<AccessAuditEntry>();
    public DbSet<OccupationGroup> OccupationGroups => Set<OccupationGroup>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<LanguageRef> Languages => Set<LanguageRef>();
    public DbSet<DrivingLicenceClass> DrivingLicences => Set<DrivingLicenceClass>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Postcode> Postcodes => Set<Postcode>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every string gets a bound; the few long texts say so explicitly below.
        configurationBuilder.Properties<string>().HaveMaxLength(DefaultStringLength);
        // Timestamps are UTC in the database; SQLite forgets the Kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BeforeSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AccessAuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The access audit log is append-only.");
            }
            // A fresh version on every write makes a concurrent edit fail instead of overwriting.
            var version = entry.Metadata.FindProperty("Version");
            if (version?.ClrType == typeof(Guid) && entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Property("Version").CurrentValue = Guid.NewGuid();
            }
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}

public class SqliteMarketplaceDbContext(DbContextOptions<SqliteMarketplaceDbContext> options) : MarketplaceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // SQLite compares case-sensitively by default; names and e-mails are looked up without case.
        foreach (var (entity, property) in CaseInsensitiveColumns)
        {
            builder.Entity(entity).Property(property).UseCollation("NOCASE");
        }
    }

    private static readonly (Type, string)[] CaseInsensitiveColumns =
    [
        (typeof(Candidate), nameof(Candidate.FirstName)),
        (typeof(Candidate), nameof(Candidate.LastName)),
        (typeof(Candidate), nameof(Candidate.Email)),
        (typeof(EmployerOrganisation), nameof(EmployerOrganisation.Name)),
    ];
}

public class MySqlMarketplaceDbContext(DbContextOptions<MySqlMarketplaceDbContext> options) : MarketplaceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Swedish, case- and accent-aware ordering (å ä ö after z); comparisons ignore case.
        builder.UseCollation("utf8mb4_swedish_ci");
    }
}
