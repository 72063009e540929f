namespace Kim.Workflows.Application.Persistence;

/// <summary>
/// The <c>app_</c> tables as numbered steps, oldest first. Four small tables do not justify a migration set per provider,
/// but they must be able to change: add a step with the next number (e.g. <c>ALTER TABLE app_mails ADD COLUMN …</c>),
/// never edit one that has shipped. Step 1 uses <c>IF NOT EXISTS</c> because databases from before the steps already have
/// those tables.
/// </summary>
internal static class ApplicationSchemaSteps
{
    public static IReadOnlyList<Step> All(bool sqlite)
    {
        string Text(bool nullable = false) => (sqlite ? "TEXT" : "text") + (nullable ? "" : " NOT NULL");
        string Long(bool nullable = false) => (sqlite ? "INTEGER" : "bigint") + (nullable ? "" : " NOT NULL");
        string Int() => sqlite ? "INTEGER NOT NULL" : "integer NOT NULL";
        return
        [
            new(1,
            [
                $"""
                CREATE TABLE IF NOT EXISTS app_mails (
                  "Id" {Text()} PRIMARY KEY, "JobId" {Text()}, "InstanceId" {Text()}, "CaseNumber" {Text(true)},
                  "Template" {Text()}, "Recipients" {Text()}, "Subject" {Text()}, "MessageId" {Text()}, "PayloadJson" {Text()},
                  "Status" {Text()}, "Attempts" {Int()}, "CreatedAt" {Long()}, "FirstAttemptAt" {Long()},
                  "LastAttemptAt" {Long(true)}, "SentAt" {Long(true)}, "LastError" {Text(true)})
                """,
                """CREATE INDEX IF NOT EXISTS "IX_app_mails_CaseNumber" ON app_mails ("CaseNumber")""",
                """CREATE INDEX IF NOT EXISTS "IX_app_mails_JobId" ON app_mails ("JobId")""",
                $"""
                CREATE TABLE IF NOT EXISTS app_used_answer_tokens (
                  "TokenId" {Text()} PRIMARY KEY, "ConferenceId" {Text()}, "PartnerId" {Text()}, "Answer" {Text()}, "UsedAt" {Long()})
                """,
                $"""
                CREATE TABLE IF NOT EXISTS app_calendar_sequences (
                  "ConferenceKey" {Text()} PRIMARY KEY, "Sequence" {Int()}, "LastJobId" {Text()})
                """,
                $"""
                CREATE TABLE IF NOT EXISTS app_routed_messages (
                  "Key" {Text()} PRIMARY KEY, "RoutedAt" {Long()}, "Outcome" {Text()})
                """,
            ]),
            new(2, [$"""ALTER TABLE app_mails ADD COLUMN "NextAttemptAt" {Long(true)}"""]),
        ];
    }

    /// <summary>One schema change: its number (recorded in <c>app_schema_steps</c> once applied) and its statements.</summary>
    internal sealed record Step(int Number, IReadOnlyList<string> Statements);
}
