namespace Kim.Workflows.Runtime;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
