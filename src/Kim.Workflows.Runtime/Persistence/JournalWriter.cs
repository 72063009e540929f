using System.Data.Common;
using System.Text;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// Writes a command's journal (dozens of rows per command) as multi-row INSERTs on the store's connection and
/// transaction. Through the change tracker each row cost more than the rest of the commit together; values
/// still go through EF's type mappings, so every provider stores them exactly as EF would.
/// </summary>
internal static class JournalWriter
{
    private const int RowsPerStatement = 100;

    private static readonly string[] Columns =
    [
        nameof(JournalRecord.InstanceId), nameof(JournalRecord.Kind), nameof(JournalRecord.ElementId), nameof(JournalRecord.At),
        nameof(JournalRecord.Detail), nameof(JournalRecord.Command), nameof(JournalRecord.UserId),
    ];

    public static async Task WriteAsync(WorkflowDbContext db, CommitBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Journal.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(JournalRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = Columns.Select(c => entity.FindProperty(c)!).ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var start = 0; start < batch.Journal.Count; start += RowsPerStatement)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            var end = Math.Min(start + RowsPerStatement, batch.Journal.Count);
            for (var row = start; row < end; row++)
            {
                var e = batch.Journal[row];
                object?[] values = [e.InstanceId, e.Kind, e.ElementId, e.At, e.Detail, batch.Command.Command, batch.Command.UserId];
                text.Append(row == start ? "(" : ", (");
                for (var c = 0; c < values.Length; c++)
                {
                    var name = $"p{row - start}_{c}";
                    command.Parameters.Add(mappings[c].CreateParameter(command, sql.GenerateParameterName(name), values[c], properties[c].IsNullable));
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
