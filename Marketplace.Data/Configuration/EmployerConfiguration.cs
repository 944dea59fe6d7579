using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Data.Configuration;

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
