using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Runtime.Persistence.Configurations;

internal sealed class DeploymentFormConfiguration : IEntityTypeConfiguration<DeploymentFormRecord>
{
    public void Configure(EntityTypeBuilder<DeploymentFormRecord> b)
    {
        b.ToTable("deployment_forms");
        b.HasKey(f => f.Id);
        b.Property(f => f.FormId).HasMaxLength(200);
        b.Property(f => f.FileName).HasMaxLength(400);
        b.Property(f => f.ContentHash).HasMaxLength(64);
        b.HasIndex(f => new { f.DeploymentId, f.FormId }).IsUnique();
        b.HasIndex(f => new { f.FormId, f.Version });
        b.HasOne<DeploymentRecord>().WithMany().HasForeignKey(f => f.DeploymentId);
    }
}
