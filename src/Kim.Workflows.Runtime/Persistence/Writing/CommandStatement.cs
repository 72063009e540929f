using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>A statement as an ADO.NET command with parameters in creation order (PostgreSQL; any other provider).</summary>
internal sealed class CommandStatement(DbCommand command, DbParameter[] parameters, ValueConverter?[] converters) : Statement(converters)
{
    protected override string Sql => command.CommandText;

    public override Task<int> ExecuteAsync()
    {
        Apply();
        return command.ExecuteNonQueryAsync();
    }

    public override async Task<List<object?[]>> QueryAsync()
    {
        Apply();
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public override void Dispose() => command.Dispose();

    protected override void Enlist(DbTransaction transaction) => command.Transaction = transaction;

    private void Apply()
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = Values[i] ?? DBNull.Value;
        }
    }
}
