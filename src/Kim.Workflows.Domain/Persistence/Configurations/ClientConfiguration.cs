using Kim.Workflows.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>, IEntityTypeConfiguration<HouseholdMember>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("kim_clients");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.CaseId).IsUnique();
        builder.PrimitiveCollection(c => c.Languages);
        builder.Ignore(c => c.FullName);
        builder.HasIndex(c => new { c.FamilyName, c.GivenName });
    }

    public void Configure(EntityTypeBuilder<HouseholdMember> builder)
    {
        builder.ToTable("kim_household_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}
