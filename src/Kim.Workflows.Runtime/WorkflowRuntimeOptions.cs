namespace Kim.Workflows.Runtime;

/// <summary>How the runtime stores and wakes things. Bind from configuration section <c>KimWorkflows:Runtime</c> or set in code.</summary>
public sealed class WorkflowRuntimeOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite: the folder of the database file (created when missing).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite: the file name inside <see cref="DataDirectory"/>.</summary>
    public string SqliteFileName { get; set; } = "kim-workflows.db";

    /// <summary>SQLite <c>PRAGMA synchronous</c>: FULL (default) survives power loss; NORMAL is faster in WAL mode.</summary>
    public string SqliteSynchronous { get; set; } = "FULL";

    /// <summary>
    /// SQLite: page cache of the writer connection in MiB (others keep SQLite's 2 MiB: they lose their cache at every
    /// foreign commit anyway). The writer keeps it across commits and also serves reads while idle.
    /// </summary>
    public int SqliteWriterCacheMegabytes { get; set; } = 64;

    /// <summary>PostgreSQL connection string (and Hangfire's, unless <see cref="HangfireConnectionString"/> is set).</summary>
    public string? ConnectionString { get; set; }

    public HangfireStorageKind HangfireStorage { get; set; } = HangfireStorageKind.InMemory;

    public string? HangfireConnectionString { get; set; }

    /// <summary>Apply EF migrations at start-up (the default; tests may create schemas themselves).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Largest value of one process variable, in KiB; a larger one is refused naming the variable (files belong elsewhere).</summary>
    public int MaxVariableKilobytes { get; set; } = 256;

    /// <summary>Largest size of all variables of one instance together, in KiB.</summary>
    public int MaxInstanceVariableKilobytes { get; set; } = 2048;

    /// <summary>Folder of BPMN files deployed (and published) at start-up; null deploys nothing.</summary>
    public string? WorkflowsDirectory { get; set; }

    /// <summary>Run a Hangfire server in this process (false: a web node that only enqueues).</summary>
    public bool RunHangfireServer { get; set; } = true;

    public int HangfireWorkerCount { get; set; } = Math.Min(Environment.ProcessorCount * 2, 20);

    /// <summary>How often Hangfire looks for scheduled jobs that came due (its default is 15 s).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often Hangfire polls its queues (in-memory and PostgreSQL storage).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Re-schedule pending timers at start-up. Null (default): only with in-memory Hangfire storage, which lost its
    /// jobs. With a shared persistent storage (PostgreSQL) the jobs survive, and every node re-scheduling them at
    /// start-up would only multiply jobs (harmless, the database decides, but wasteful); the sweep catches the rest.
    /// </summary>
    public bool? RescheduleTimersOnStartup { get; set; }

    internal bool ShouldRescheduleOnStartup => RescheduleTimersOnStartup ?? HangfireStorage == HangfireStorageKind.InMemory;

    public int RescheduleBatchSize { get; set; } = 5_000;

    /// <summary>
    /// In-memory Hangfire storage: only timers due within this span get a job (at start-up and when created); the
    /// sweep schedules the others as they come into range (see <see cref="Timers.TimerHorizon"/>). Zero: every timer.
    /// Must be much longer than the sweep interval.
    /// </summary>
    public TimeSpan TimerSchedulingHorizon { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Cron of the recurring sweep that fires due timers without a job and dispatches left-over outbox rows.</summary>
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>Handler attempts before a service task becomes an incident.</summary>
    public int ServiceTaskAttempts { get; set; } = 3;

    /// <summary>Back-off before attempt n+1 is <c>ServiceTaskBackoff * 2^(n-1)</c>.</summary>
    public TimeSpan ServiceTaskBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a dispatcher owns an outbox row it took before another may retry it.</summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Retry of a failed outbox row (without the application, which uses its mail retry policy for every row): the first
    /// delay, doubling up to <see cref="OutboxRetryMaxDelay"/>, for <see cref="OutboxRetryWindow"/>; then the row becomes
    /// an outbox incident. It is never dropped or marked done undelivered.
    /// </summary>
    public TimeSpan OutboxRetryInitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between two attempts of a failed row: a service that is back gets its backlog within this span.</summary>
    public TimeSpan OutboxRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan OutboxRetryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a node trusts its answer to "newest published version of key k" before asking the database again.
    /// Deploys and publishes on this node take effect at once; one on another node sharing the database within this span.
    /// </summary>
    public TimeSpan LatestVersionCacheTtl { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The name of the Hangfire queue the runtime's jobs use.</summary>
    public string Queue { get; set; } = "default";
}
