using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

/// <summary>Assessment, goals, agreement and services: the planning part of the case file.</summary>
internal sealed class PlanningConfiguration :
    IEntityTypeConfiguration<CaseAssessment>,
    IEntityTypeConfiguration<LebensbereichAssessment>,
    IEntityTypeConfiguration<Ergebnisziel>,
    IEntityTypeConfiguration<Handlungsziel>,
    IEntityTypeConfiguration<Zielvereinbarung>,
    IEntityTypeConfiguration<ServiceReferral>
{
    public void Configure(EntityTypeBuilder<CaseAssessment> builder)
    {
        builder.ToTable("kim_assessments");
        builder.HasKey(a => a.Id);
        builder.HasMany(a => a.Areas).WithOne().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CaseId, a.AssessedOn });
    }

    public void Configure(EntityTypeBuilder<LebensbereichAssessment> builder)
    {
        builder.ToTable("kim_assessment_areas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Needs).HasMaxLength(4000);
        builder.Property(a => a.Resources).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<Ergebnisziel> builder)
    {
        builder.ToTable("kim_ergebnisziele");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Description).HasMaxLength(2000);
        builder.HasMany(g => g.Handlungsziele).WithOne().HasForeignKey(h => h.ErgebniszielId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Handlungsziel> builder)
    {
        builder.ToTable("kim_handlungsziele");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Description).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<Zielvereinbarung> builder)
    {
        builder.ToTable("kim_zielvereinbarungen");
        builder.HasKey(z => z.Id);
        builder.PrimitiveCollection(z => z.AgreedGoalIds);
        builder.Property(z => z.Remarks).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<ServiceReferral> builder)
    {
        builder.ToTable("kim_services");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TargetRechtskreis).HasConversion<int?>();
        builder.Property(s => s.Remarks).HasMaxLength(4000);
        builder.HasIndex(s => new { s.CaseId, s.Status });
    }
}
