using Kim.Workflows.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>, IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ToTable("kim_districts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(40);
        builder.Property(d => d.CaseManagementPosts).HasPrecision(4, 2);
        builder.Property(d => d.CoordinationPosts).HasPrecision(4, 2);
        builder.HasMany(d => d.Municipalities).WithOne().HasForeignKey(m => m.DistrictId);
        builder.Ignore(d => d.CaseManagementGroup);
        builder.Ignore(d => d.CoordinationGroup);
    }

    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("kim_municipalities");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(40);
    }
}
