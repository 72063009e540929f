using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class CaseConfiguration :
    IEntityTypeConfiguration<Fallakte>,
    IEntityTypeConfiguration<PhaseChange>,
    IEntityTypeConfiguration<CaseNumberCounter>,
    IEntityTypeConfiguration<CaseContact>,
    IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<Fallakte> builder)
    {
        builder.ToTable("kim_cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CaseNumber).HasMaxLength(20);
        builder.HasIndex(c => c.CaseNumber).IsUnique();
        builder.Property(c => c.Phase).HasField("<Phase>k__BackingField");
        // Flags stay an integer so "cases in SGB VIII" is a bit test in SQL.
        builder.Property(c => c.LegalDomains).HasConversion<int>();
        builder.Property(c => c.GoalAchievementNote).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<District>().WithMany().HasForeignKey(c => c.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Client).WithOne().HasForeignKey<Client>(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.PhaseHistory).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.HouseholdMembers).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Assessments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Ergebnisziele).WithOne().HasForeignKey(g => g.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Zielvereinbarungen).WithOne().HasForeignKey(z => z.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Services).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Consents).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.IsClosed);
        builder.Ignore(c => c.IsShortCounselling);

        // The case list filters by district, then responsible/deputy, then phase; reminders by due date.
        builder.HasIndex(c => new { c.DistrictId, c.Phase });
        builder.HasIndex(c => new { c.DistrictId, c.ResponsibleCaseManager, c.Phase });
        builder.HasIndex(c => new { c.DistrictId, c.DeputyCaseManager });
        builder.HasIndex(c => c.NextReassessmentDue);
        builder.HasIndex(c => c.ClosedAt);
    }

    public void Configure(EntityTypeBuilder<PhaseChange> builder)
    {
        builder.ToTable("kim_case_phase_changes");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.CaseId, p.EnteredAt });
    }

    public void Configure(EntityTypeBuilder<CaseNumberCounter> builder)
    {
        builder.ToTable("kim_case_number_counters");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<CaseContact> builder)
    {
        builder.ToTable("kim_case_contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Ignore(c => c.Aufsuchend);
        builder.HasIndex(c => new { c.CaseId, c.OccurredAt });
    }

    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("kim_case_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Text).HasMaxLength(8000);
        builder.HasIndex(n => new { n.CaseId, n.CreatedAt });
    }
}
