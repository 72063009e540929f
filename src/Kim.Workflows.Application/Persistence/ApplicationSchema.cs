using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Persistence;

/// <summary>
/// Creates the <c>app_</c> tables when missing. Four small tables that only grow by columns-added-later do
/// not justify a second migration set per provider; <c>CREATE TABLE IF NOT EXISTS</c> speaks both dialects.
/// </summary>
public static class ApplicationSchema
{
    public static async Task EnsureAsync(ApplicationDbContext db, CancellationToken cancellationToken = default)
    {
        var sqlite = db.Database.IsSqlite();
        string Text(bool nullable = false) => (sqlite ? "TEXT" : "text") + (nullable ? "" : " NOT NULL");
        string Long(bool nullable = false) => (sqlite ? "INTEGER" : "bigint") + (nullable ? "" : " NOT NULL");
        string Int() => sqlite ? "INTEGER NOT NULL" : "integer NOT NULL";
        string[] statements =
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
        ];
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
        }
    }
}
