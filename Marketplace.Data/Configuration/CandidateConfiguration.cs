using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

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
