using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>, IEntityTypeConfiguration<ChecklistAnswer>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("kim_consultations");
        builder.HasKey(c => c.Id);
        builder.HasOne<Fallakte>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Question).HasMaxLength(4000);
        builder.Property(c => c.AnswerText).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.ChecklistAnswers).WithOne().HasForeignKey(a => a.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        // The authority's inbox: open questions addressed to it, oldest due first.
        builder.HasIndex(c => new { c.Authority, c.Status, c.DueOn });
        builder.HasIndex(c => c.CaseId);
    }

    public void Configure(EntityTypeBuilder<ChecklistAnswer> builder)
    {
        builder.ToTable("kim_consultation_answers");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.ConsultationId, a.CriterionKey }).IsUnique();
    }
}
