using Kim.Workflows.Domain.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<StructuralFinding>, IEntityTypeConfiguration<FindingTopic>
{
    public void Configure(EntityTypeBuilder<StructuralFinding> builder)
    {
        builder.ToTable("kim_findings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Description).HasMaxLength(4000);
        builder.HasOne<FindingTopic>().WithMany().HasForeignKey(f => f.TopicId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => new { f.DistrictId, f.Status });
        builder.HasIndex(f => f.LinkedCaseId);
    }

    public void Configure(EntityTypeBuilder<FindingTopic> builder)
    {
        builder.ToTable("kim_finding_topics");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Description).HasMaxLength(4000);
        builder.Property(t => t.LenkungsgruppeDecision).HasMaxLength(4000);
    }
}
