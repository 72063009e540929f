using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Runtime.Persistence.Configurations;

internal sealed class DesignerDraftConfiguration : IEntityTypeConfiguration<DesignerDraftRecord>
{
    public void Configure(EntityTypeBuilder<DesignerDraftRecord> b)
    {
        b.ToTable("designer_drafts");
        b.HasKey(d => d.ProcessKey);
        b.Property(d => d.ProcessKey).HasMaxLength(255);
        b.Property(d => d.Name).HasMaxLength(400);
        b.Property(d => d.SavedBy).HasMaxLength(200);
    }
}
