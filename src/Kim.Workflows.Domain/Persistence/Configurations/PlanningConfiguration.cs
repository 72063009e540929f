using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

/// <summary>
/// Assessment, goals, agreement and services: the planning part of the case file. Edited records carry a version
/// (concurrency token); records a workflow step created carry its job key, unique, so a job that runs twice adds nothing.
/// </summary>
internal sealed class PlanningConfiguration :
    IEntityTypeConfiguration<CaseAssessment>,
    IEntityTypeConfiguration<LebensbereichAssessment>,
    IEntityTypeConfiguration<Ergebnisziel>,
    IEntityTypeConfiguration<Handlungsziel>,
    IEntityTypeConfiguration<Zielvereinbarung>,
    IEntityTypeConfiguration<ServiceReferral>
{
    private const int SourceKeyMaxLength = 80;

    public void Configure(EntityTypeBuilder<CaseAssessment> builder)
    {
        builder.ToTable("kim_assessments");
        builder.HasKey(a => a.Id);
        builder.HasMany(a => a.Areas).WithOne().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CaseId, a.AssessedOn });
        builder.Property(a => a.Summary).HasMaxLength(4000);
        SourceKey(builder.Property(a => a.SourceKey), builder.HasIndex(a => a.SourceKey));
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
        builder.Property(g => g.Version).IsConcurrencyToken();
        SourceKey(builder.Property(g => g.SourceKey), builder.HasIndex(g => g.SourceKey));
    }

    public void Configure(EntityTypeBuilder<Handlungsziel> builder)
    {
        builder.ToTable("kim_handlungsziele");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Description).HasMaxLength(2000);
        builder.Property(h => h.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<Zielvereinbarung> builder)
    {
        builder.ToTable("kim_zielvereinbarungen");
        builder.HasKey(z => z.Id);
        builder.PrimitiveCollection(z => z.AgreedGoalIds);
        builder.Property(z => z.Remarks).HasMaxLength(4000);
        SourceKey(builder.Property(z => z.SourceKey), builder.HasIndex(z => z.SourceKey));
    }

    public void Configure(EntityTypeBuilder<ServiceReferral> builder)
    {
        builder.ToTable("kim_services");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TargetRechtskreis).HasConversion<int?>();
        builder.Property(s => s.Remarks).HasMaxLength(4000);
        builder.HasIndex(s => new { s.CaseId, s.Status });
        builder.Property(s => s.Version).IsConcurrencyToken();
        SourceKey(builder.Property(s => s.SourceKey), builder.HasIndex(s => s.SourceKey));
    }

    // Unique, so two runs of one job racing each other cannot both insert; several NULLs are allowed (SQLite, PostgreSQL).
    private static void SourceKey(PropertyBuilder<string?> property, IndexBuilder index)
    {
        property.HasMaxLength(SourceKeyMaxLength);
        index.IsUnique();
    }

}
