using System.Data.Common;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// Writes commands through one long-lived connection, several at a time when they arrive together: all commands
/// waiting while a commit runs are written in the next transaction, each inside its own savepoint, so a conflict
/// rolls back only that command. One commit (one fsync) then serves many callers, and a caller is answered only after
/// the transaction holding its command is durable. A single caller is written at once (no waiting for company).
/// The caller that finds the writer idle writes itself; if more work queued meanwhile, it hands the rest to a
/// background drain instead of writing for others after its own command is done.
/// </summary>
internal sealed class GroupCommit(WorkflowDbContextFactory contexts, IDefinitionProvider? definitions, OutboxRouting? routing) : IAsyncDisposable, IDisposable
{
    /// <summary>Enough to amortise the commit, small enough to keep one group's latency short.</summary>
    private const int MaxGroupSize = 64;

    private const string Savepoint = "kim_command";

    private readonly object _gate = new();
    private readonly Queue<PendingCommit> _queue = new();
    private bool _writing;
    private bool _disposed;

    // Used only by whoever holds _writing.
    private WorkflowDbContext? _context;
    private StatementCache? _statements;
    private CommitWriter? _writer;

    /// <summary>A commit is being written (for tests that line up a group).</summary>
    internal bool IsWriting
    {
        get
        {
            lock (_gate)
            {
                return _writing;
            }
        }
    }

    /// <summary>Commands waiting for the next group (for tests).</summary>
    internal int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    public async Task<CommitOutcome> SubmitAsync(PendingCommit commit)
    {
        bool lead;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _queue.Enqueue(commit);
            lead = !_writing;
            _writing = true;
        }

        if (lead)
        {
            await DrainAsync(commit).ConfigureAwait(false);
        }

        return await commit.Done.ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="read"/> on the writer's connection when the writer is idle, and reports false (without
    /// running it) when it is busy. Why: SQLite drops a connection's whole page cache whenever another connection has
    /// committed, so a pooled reader starts every command cold and pays one more page per B-tree level as tables grow;
    /// the writer keeps its cache across its own commits, so the upper levels of every tree stay in memory there.
    /// Writes that arrive meanwhile wait for the read (a few index seeks) and are written right after it.
    /// </summary>
    public async ValueTask<(bool Ran, T Value)> TryReadAsync<T>(Func<WorkflowDbContext, Task<T>> read)
    {
        if (contexts.Provider != DatabaseProvider.Sqlite)
        {
            return (false, default!);
        }

        lock (_gate)
        {
            if (_writing || _disposed || _queue.Count > 0)
            {
                return (false, default!);
            }

            _writing = true;
        }

        try
        {
            await OpenAsync().ConfigureAwait(false);
            return (true, await read(_context!).ConfigureAwait(false));
        }
        catch
        {
            // The connection may be in any state after a failed read: start the next command on a fresh one.
            await CloseAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await ReleaseAfterReadAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (StopAccepting())
        {
            await CloseAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (StopAccepting())
        {
            CloseAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>True when the writer is idle and the caller may close the connection (else the drain does when it stops).</summary>
    private bool StopAccepting()
    {
        lock (_gate)
        {
            _disposed = true;
            if (_writing)
            {
                return false;
            }

            _writing = true;
            return true;
        }
    }

    /// <summary>Gives the writer back after a read: to the commits that queued meanwhile, to a pending dispose, or idle.</summary>
    private async ValueTask ReleaseAfterReadAsync()
    {
        lock (_gate)
        {
            if (_queue.Count > 0)
            {
                _ = Task.Run(() => DrainAsync(null));
                return;
            }

            if (!_disposed)
            {
                _writing = false;
                return;
            }
        }

        await CloseAsync().ConfigureAwait(false);
    }

    /// <summary>Writes groups until <paramref name="mine"/> is done (or, for the background drain, until the queue is empty).</summary>
    private async Task DrainAsync(PendingCommit? mine)
    {
        while (true)
        {
            List<PendingCommit> group;
            lock (_gate)
            {
                if (_queue.Count == 0 || (mine is not null && mine.Done.IsCompleted))
                {
                    if (_queue.Count > 0)
                    {
                        _ = Task.Run(() => DrainAsync(null));
                        return;
                    }

                    _writing = false;
                    if (!_disposed)
                    {
                        return;
                    }

                    _writing = true;
                    group = [];
                }
                else
                {
                    group = new List<PendingCommit>(Math.Min(_queue.Count, MaxGroupSize));
                    while (_queue.Count > 0 && group.Count < MaxGroupSize)
                    {
                        group.Add(_queue.Dequeue());
                    }
                }
            }

            if (group.Count == 0)
            {
                await CloseAsync().ConfigureAwait(false);
                return;
            }

            await WriteGroupAsync(group).ConfigureAwait(false);
        }
    }

    private async Task WriteGroupAsync(List<PendingCommit> group)
    {
        var outcomes = new CommitOutcome?[group.Count];
        var failures = new Exception?[group.Count];
        try
        {
            var writer = await OpenAsync().ConfigureAwait(false);
            var connection = _context!.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            var isolate = group.Count > 1;
            var rolledBack = false;
            for (var i = 0; i < group.Count; i++)
            {
                if (isolate)
                {
                    await SavepointAsync("SAVEPOINT", transaction).ConfigureAwait(false);
                }

                try
                {
                    outcomes[i] = await writer.WriteAsync(group[i], transaction).ConfigureAwait(false);
                    if (isolate)
                    {
                        await SavepointAsync("RELEASE SAVEPOINT", transaction).ConfigureAwait(false);
                    }
                }
                catch (Exception e)
                {
                    // A failing command (a conflict, mostly) takes back only its own writes; the connection stays.
                    failures[i] = Explain(e, group[i].Batch);
                    if (isolate)
                    {
                        await SavepointAsync("ROLLBACK TO SAVEPOINT", transaction).ConfigureAwait(false);
                        await SavepointAsync("RELEASE SAVEPOINT", transaction).ConfigureAwait(false);
                    }
                    else
                    {
                        await transaction.RollbackAsync().ConfigureAwait(false);
                        rolledBack = true;
                    }
                }
            }

            if (!rolledBack)
            {
                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            // The transaction is gone (rolled back on dispose): every command of the group fails, none half-written.
            await CloseAsync().ConfigureAwait(false);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Fail(failures[i] ?? Explain(e, group[i].Batch));
            }

            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (failures[i] is null && outcomes[i] is { } outcome)
            {
                foreach (var instance in group[i].Batch.Instances)
                {
                    instance.Revision = outcome.Revisions[instance.Id];
                }

                if (outcome.Owned is not null)
                {
                    group[i].Claims?.AddRange(outcome.Owned);
                }

                group[i].Succeed(outcome);
            }
            else
            {
                group[i].Fail(failures[i]!);
            }
        }
    }

    /// <summary>
    /// Savepoint statements prepared once on the writer's connection (the transaction's own savepoint methods compile the
    /// statement anew each time, twice per command of a group).
    /// </summary>
    private Task<int> SavepointAsync(string verb, DbTransaction transaction) =>
        _statements!.Get(verb, _ => $"{verb} {Savepoint}").Bind(transaction).ExecuteAsync();

    /// <summary>A database error while inserting a new instance means it exists already (a concurrent start with its id).</summary>
    private static Exception Explain(Exception error, CommitBatch batch) =>
        error is DbException db && batch.Instances.Any(i => batch.LoadedRevisions.GetValueOrDefault(i.Id) == 0)
            ? new ConcurrencyConflictException($"Saving a new instance failed, probably because it exists already: {db.Message}")
            : error;

    private async Task<CommitWriter> OpenAsync()
    {
        if (_writer is not null)
        {
            return _writer;
        }

        _context = contexts.Create();
        await _context.Database.OpenConnectionAsync().ConfigureAwait(false);
        await contexts.ConfigureWriterAsync(_context.Database.GetDbConnection()).ConfigureAwait(false);
        _statements = new StatementCache(_context, _context.Database.GetDbConnection(), prepare: contexts.Provider == DatabaseProvider.Sqlite);
        _writer = new CommitWriter(_statements, definitions, routing);
        return _writer;
    }

    private async ValueTask CloseAsync()
    {
        _writer = null;
        _statements?.Dispose();
        _statements = null;
        if (_context is not null)
        {
            await _context.DisposeAsync().ConfigureAwait(false);
            _context = null;
        }
    }
}
