using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// A statement prepared once on the writer's SQLite handle and bound by position. Why not an ADO.NET command: on every
/// execution Microsoft.Data.Sqlite looks each parameter up by name in the statement's parameter list (quadratic in the
/// parameter count) and creates a data reader; the writer runs some twenty statements per command, and its time is the
/// one thing all commands share. The statement runs inside whatever transaction the connection has open (the group's).
/// </summary>
internal sealed class SqliteStatement : Statement
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;
    private readonly string _sql;

    public SqliteStatement(SqliteConnection connection, string sql, IReadOnlyList<string> parameterNames, ValueConverter?[] converters)
        : base(converters)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The writer's SQLite connection is not open.");
        _sql = sql;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _positions = [.. parameterNames.Select(name => raw.sqlite3_bind_parameter_index(_statement, name))];
        if (_positions.Any(p => p == 0))
        {
            throw new InvalidOperationException($"A parameter of the statement is not in its text: {sql}");
        }
    }

    protected override string Sql => _sql;

    public override Task<int> ExecuteAsync()
    {
        try
        {
            BindAll();
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            Check(rc);
            return Task.FromResult(raw.sqlite3_changes(_db));
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public override Task<List<object?[]>> QueryAsync()
    {
        try
        {
            BindAll();
            var rows = new List<object?[]>();
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                var row = new object?[raw.sqlite3_column_count(_statement)];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = raw.sqlite3_column_type(_statement, i) switch
                    {
                        raw.SQLITE_NULL => null,
                        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, i),
                        raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, i),
                        raw.SQLITE_BLOB => raw.sqlite3_column_blob(_statement, i).ToArray(),
                        _ => raw.sqlite3_column_text(_statement, i).utf8_to_string(),
                    };
                }

                rows.Add(row);
            }

            Check(rc);
            return Task.FromResult(rows);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public override void Dispose() => _statement.Dispose();

    // The transaction is the connection's own; a raw statement on the same handle runs inside it.
    protected override void Enlist(DbTransaction transaction)
    {
    }

    private void BindAll()
    {
        for (var i = 0; i < _positions.Length; i++)
        {
            var position = _positions[i];
            Check(Values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, position),
                string text => raw.sqlite3_bind_text(_statement, position, text),
                Guid id => raw.sqlite3_bind_text(_statement, position, id.ToString("D").ToUpperInvariant()), // as EF and Microsoft.Data.Sqlite store it
                long number => raw.sqlite3_bind_int64(_statement, position, number),
                int number => raw.sqlite3_bind_int64(_statement, position, number),
                short number => raw.sqlite3_bind_int64(_statement, position, number),
                byte number => raw.sqlite3_bind_int64(_statement, position, number),
                bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
                double real => raw.sqlite3_bind_double(_statement, position, real),
                float real => raw.sqlite3_bind_double(_statement, position, real),
                byte[] blob => raw.sqlite3_bind_blob(_statement, position, blob),
                var other => throw new InvalidOperationException($"No SQLite binding for {other.GetType().Name} in: {_sql}"),
            });
        }
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
