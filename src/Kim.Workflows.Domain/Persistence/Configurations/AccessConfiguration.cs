using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class AccessConfiguration : IEntityTypeConfiguration<AccessLogEntry>, IEntityTypeConfiguration<SeedMarker>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("kim_access_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        // No foreign key to the case: the log must outlive anonymisation and deletion.
        builder.HasIndex(e => new { e.CaseId, e.At });
        builder.HasIndex(e => new { e.UserName, e.At });
        builder.HasIndex(e => e.At);
    }

    public void Configure(EntityTypeBuilder<SeedMarker> builder)
    {
        builder.ToTable("kim_seed_markers");
        builder.HasKey(m => m.Name);
    }
}
