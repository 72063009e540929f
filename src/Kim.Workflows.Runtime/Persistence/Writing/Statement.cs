using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// One prepared command on the writer's connection. Values are given in model terms and converted with the EF
/// model's converters, so rows look exactly as if EF had written them (Guids as text, instants as ticks on SQLite).
/// </summary>
internal sealed class Statement(DbCommand command, DbParameter[] parameters, ValueConverter?[] converters) : IDisposable
{
    public Statement Bind(DbTransaction transaction, params ReadOnlySpan<object?> values)
    {
        if (values.Length != parameters.Length)
        {
            throw new ArgumentException($"The statement takes {parameters.Length} values, not {values.Length}: {command.CommandText}");
        }

        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = ToProvider(converters[i], values[i]);
        }

        return this;
    }

    public Task<int> ExecuteAsync() => command.ExecuteNonQueryAsync();

    public Task<DbDataReader> ReadAsync() => command.ExecuteReaderAsync();

    /// <summary>The stored form of a model value (for comparing with what a reader returns).</summary>
    public static object ToProvider(ValueConverter? converter, object? value) =>
        (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;

    public void Dispose() => command.Dispose();
}
