using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// The runtime's tables. Each database provider has a subclass that owns its migration set
/// (<see cref="SqliteWorkflowDbContext"/>, <see cref="PostgresWorkflowDbContext"/>).
/// </summary>
public abstract class WorkflowDbContext : DbContext
{
    protected WorkflowDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DeploymentRecord> Deployments => Set<DeploymentRecord>();

    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();

    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();

    public DbSet<UserTaskRecord> UserTasks => Set<UserTaskRecord>();

    public DbSet<UserTaskCandidateRecord> UserTaskCandidates => Set<UserTaskCandidateRecord>();

    public DbSet<TimerRecord> Timers => Set<TimerRecord>();

    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();

    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();

    public DbSet<JournalRecord> Journal => Set<JournalRecord>();

    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();

    public DbSet<DesignerDraftRecord> DesignerDrafts => Set<DesignerDraftRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);
}
