using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// One prepared statement on the writer's connection. Values are given in model terms and converted with the EF model's
/// converters, so rows look exactly as if EF had written them (Guids as text, instants as ticks on SQLite).
/// </summary>
internal abstract class Statement(ValueConverter?[] converters) : IDisposable
{
    private object?[] _values = [];

    protected IReadOnlyList<object?> Values => _values;

    /// <summary>The command text (for messages).</summary>
    protected abstract string Sql { get; }

    public Statement Bind(DbTransaction transaction, params ReadOnlySpan<object?> values)
    {
        if (values.Length != converters.Length)
        {
            throw new ArgumentException($"The statement takes {converters.Length} values, not {values.Length}: {Sql}");
        }

        if (_values.Length != values.Length)
        {
            _values = new object?[values.Length];
        }

        for (var i = 0; i < values.Length; i++)
        {
            _values[i] = ToProvider(converters[i], values[i]);
        }

        Enlist(transaction);
        return this;
    }

    /// <summary>Runs the bound statement; the number of rows it changed.</summary>
    public abstract Task<int> ExecuteAsync();

    /// <summary>Runs the bound query; its rows as stored (provider values: Guids as text on SQLite).</summary>
    public abstract Task<List<object?[]>> QueryAsync();

    public abstract void Dispose();

    /// <summary>The stored form of a model value (for comparing with what a reader returns).</summary>
    public static object? ToProvider(ValueConverter? converter, object? value) =>
        value is null ? null : converter is null ? value : converter.ConvertToProvider(value);

    protected abstract void Enlist(DbTransaction transaction);
}
