using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Runtime.Persistence.Configurations;

internal sealed class DeploymentConfiguration : IEntityTypeConfiguration<DeploymentRecord>
{
    public void Configure(EntityTypeBuilder<DeploymentRecord> b)
    {
        b.ToTable("deployments");
        b.HasKey(d => d.Id);
        b.Property(d => d.Source).HasMaxLength(400);
        b.Property(d => d.ContentHash).HasMaxLength(64);
        b.Property(d => d.DeployedBy).HasMaxLength(200);
    }
}

internal sealed class DefinitionConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> b)
    {
        b.ToTable("definitions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasMaxLength(300);
        b.Property(d => d.ProcessKey).HasMaxLength(255);
        b.Property(d => d.Name).HasMaxLength(400);
        b.Property(d => d.ContentHash).HasMaxLength(64);
        b.Property(d => d.DeployedBy).HasMaxLength(200);
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(d => new { d.ProcessKey, d.Version }).IsUnique();
        b.HasOne<DeploymentRecord>().WithMany().HasForeignKey(d => d.DeploymentId);
    }
}
