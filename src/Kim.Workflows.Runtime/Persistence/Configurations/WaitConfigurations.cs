using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Runtime.Persistence.Configurations;

internal sealed class TimerConfiguration : IEntityTypeConfiguration<TimerRecord>
{
    public void Configure(EntityTypeBuilder<TimerRecord> b)
    {
        b.ToTable("timers");
        b.HasKey(t => t.Id);
        b.Property(t => t.ElementId).HasMaxLength(255);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(t => new { t.Status, t.DueAt });
        b.HasIndex(t => t.InstanceId);
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<SubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<SubscriptionRecord> b)
    {
        b.ToTable("subscriptions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.ElementId).HasMaxLength(255);
        b.Property(s => s.EventName).HasMaxLength(255);
        b.Property(s => s.BusinessKey).HasMaxLength(255);
        b.HasIndex(s => new { s.Kind, s.EventName, s.BusinessKey });
        b.HasIndex(s => s.InstanceId);
    }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> b)
    {
        b.ToTable("incidents");
        b.HasKey(i => i.Id);
        b.Property(i => i.ElementId).HasMaxLength(255);
        b.HasIndex(i => i.InstanceId);
        b.HasIndex(i => i.ResolvedAt);
    }
}

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> b)
    {
        b.ToTable("journal");
        b.HasKey(j => j.Id);
        b.Property(j => j.Id).ValueGeneratedOnAdd();
        b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(j => j.ElementId).HasMaxLength(255);
        b.Property(j => j.Command).HasMaxLength(64);
        b.Property(j => j.UserId).HasMaxLength(200);
        b.HasIndex(j => j.InstanceId);
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> b)
    {
        b.ToTable("outbox");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).HasMaxLength(200);
        b.Property(o => o.Kind).HasMaxLength(64);
        b.HasIndex(o => new { o.DoneAt, o.NextAttemptAt });
        b.HasIndex(o => new { o.InstanceId, o.DoneAt });
    }
}
