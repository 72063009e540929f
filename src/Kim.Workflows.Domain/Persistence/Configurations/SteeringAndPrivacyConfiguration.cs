using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class SteeringAndPrivacyConfiguration :
    IEntityTypeConfiguration<LenkungsgruppeMeeting>,
    IEntityTypeConfiguration<AgendaItem>,
    IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<LenkungsgruppeMeeting> builder)
    {
        builder.ToTable("kim_lenkungsgruppe_meetings");
        builder.HasKey(m => m.Id);
        builder.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.MeetingOn);
    }

    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("kim_lenkungsgruppe_agenda_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Decision).HasMaxLength(4000);
        builder.HasOne<FindingTopic>().WithMany().HasForeignKey(i => i.TopicId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.MeetingId, i.Position });
    }

    public void Configure(EntityTypeBuilder<DataSubjectRequest> builder)
    {
        builder.ToTable("kim_data_subject_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CaseNumber).HasMaxLength(20);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.Resolution).HasMaxLength(4000);
        builder.Ignore(r => r.AnswerDueOn);
        // No foreign key to the case: the request is proof of compliance and outlives the file's content.
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => new { r.Status, r.ReceivedOn });
    }
}
