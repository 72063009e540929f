namespace Kim.Workflows.Runtime;

public enum HangfireStorageKind
{
    /// <summary>Embedded default; loses jobs on restart, so pending timers are re-scheduled from the database.</summary>
    InMemory,

    /// <summary>Hangfire.PostgreSql: several app nodes share one job store.</summary>
    Postgres,
}
