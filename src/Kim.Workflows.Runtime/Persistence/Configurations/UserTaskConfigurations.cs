using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kim.Workflows.Runtime.Persistence.Configurations;

internal sealed class UserTaskConfiguration : IEntityTypeConfiguration<UserTaskRecord>
{
    public void Configure(EntityTypeBuilder<UserTaskRecord> b)
    {
        b.ToTable("user_tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.ElementId).HasMaxLength(255);
        b.Property(t => t.Name).HasMaxLength(400);
        b.Property(t => t.ProcessKey).HasMaxLength(255);
        b.Property(t => t.BusinessKey).HasMaxLength(255);
        b.Property(t => t.Assignee).HasMaxLength(200);
        b.Property(t => t.FormKey).HasMaxLength(400);
        b.Property(t => t.CreatedBy).HasMaxLength(200);
        b.Property(t => t.ClaimedBy).HasMaxLength(200);
        b.Property(t => t.CompletedBy).HasMaxLength(200);
        b.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        b.HasMany(t => t.Candidates).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        // "Meine Aufgaben" in due order straight from the index (no sort of a busy person's whole list).
        b.HasIndex(t => new { t.State, t.Assignee, t.DueAt });
        b.HasIndex(t => new { t.State, t.DueAt });
        b.HasIndex(t => t.InstanceId);
        b.HasIndex(t => t.BusinessKey);
    }
}

internal sealed class UserTaskCandidateConfiguration : IEntityTypeConfiguration<UserTaskCandidateRecord>
{
    public void Configure(EntityTypeBuilder<UserTaskCandidateRecord> b)
    {
        b.ToTable("user_task_candidates");
        b.HasKey(c => new { c.TaskId, c.Kind, c.Value });
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(8);
        b.Property(c => c.Value).HasMaxLength(200);

        // The inbox: "tasks of group X" is a seek on (Kind, Value) and a join on TaskId.
        b.HasIndex(c => new { c.Kind, c.Value, c.TaskId });
    }
}
