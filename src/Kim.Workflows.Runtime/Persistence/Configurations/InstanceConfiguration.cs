using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Runtime.Persistence.Configurations;

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> b)
    {
        b.ToTable("instances");
        b.HasKey(i => i.Id);
        b.Property(i => i.DefinitionId).HasMaxLength(300);
        b.Property(i => i.ProcessKey).HasMaxLength(255);
        b.Property(i => i.BusinessKey).HasMaxLength(255);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Revision).IsConcurrencyToken();
        b.HasIndex(i => i.RootInstanceId);
        b.HasIndex(i => i.BusinessKey);
        b.HasIndex(i => new { i.ProcessKey, i.Status });
        b.HasIndex(i => i.DefinitionId);
    }
}
