using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class PartnerConfiguration :
    IEntityTypeConfiguration<PartnerOrganisation>,
    IEntityTypeConfiguration<ContactPerson>,
    IEntityTypeConfiguration<Schweigepflichtentbindung>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.ToTable("kim_partner_organisations");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasIndex(p => p.Kind);
        builder.HasMany(p => p.ContactPersons).WithOne().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ContactPerson> builder)
    {
        builder.ToTable("kim_partner_contacts");
        builder.HasKey(c => c.Id);
    }

    public void Configure(EntityTypeBuilder<Schweigepflichtentbindung> builder)
    {
        builder.ToTable("kim_consents");
        builder.HasKey(c => c.Id);
        // The checker reads whole consents of one case; JSON lists keep one row per declaration, as signed.
        builder.PrimitiveCollection(c => c.PartnerOrganisationIds);
        builder.PrimitiveCollection(c => c.DataCategories).ElementType(e => e.HasConversion<string>());
        builder.Property(c => c.Purpose).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsRevoked);
        builder.HasIndex(c => c.CaseId);
    }
}
