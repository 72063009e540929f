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

    public DbSet<DeploymentFormRecord> DeploymentForms => Set<DeploymentFormRecord>();

    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();

    public DbSet<UserTaskRecord> UserTasks => Set<UserTaskRecord>();

    public DbSet<UserTaskCandidateRecord> UserTaskCandidates => Set<UserTaskCandidateRecord>();

    public DbSet<TimerRecord> Timers => Set<TimerRecord>();

    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();

    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();

    public DbSet<JournalRecord> Journal => Set<JournalRecord>();

    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();

    public DbSet<DesignerDraftRecord> DesignerDrafts => Set<DesignerDraftRecord>();

    /// <summary>
    /// What waits now, one row per wait: the subscriptions, and the open user tasks, whose row in user_tasks is the
    /// wait's only row. (The task → instance lookup of <see cref="EfInstanceStore"/> is a compiled query of the same union.)
    /// </summary>
    public IQueryable<WaitRow> Waits =>
        Subscriptions.Select(s => new WaitRow { Id = s.Id, InstanceId = s.InstanceId, ElementId = s.ElementId })
            .Concat(UserTasks.Where(t => t.State == UserTaskState.Open).Select(t => new WaitRow { Id = t.Id, InstanceId = t.InstanceId, ElementId = t.ElementId }));

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);
}
