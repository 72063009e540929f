using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Domain.Persistence.Configurations;

internal sealed class ConferenceConfiguration :
    IEntityTypeConfiguration<Fallkonferenz>,
    IEntityTypeConfiguration<ConferenceInvitation>,
    IEntityTypeConfiguration<AgreedStep>
{
    public void Configure(EntityTypeBuilder<Fallkonferenz> builder)
    {
        builder.ToTable("kim_conferences");
        builder.HasKey(c => c.Id);
        builder.HasOne<Fallakte>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Agenda).HasMaxLength(4000);
        builder.Property(c => c.ProtocolSummary).HasMaxLength(8000);
        builder.Property(c => c.ReviewOfEarlierMeasures).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Invitations).WithOne().HasForeignKey(i => i.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.AgreedSteps).WithOne().HasForeignKey(s => s.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CaseId);
        builder.HasIndex(c => new { c.DistrictId, c.ScheduledAt });
    }

    public void Configure(EntityTypeBuilder<ConferenceInvitation> builder)
    {
        builder.ToTable("kim_conference_invitations");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => new { i.ConferenceId, i.PartnerOrganisationId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AgreedStep> builder)
    {
        builder.ToTable("kim_conference_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Description).HasMaxLength(2000);
    }
}
