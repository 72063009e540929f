using Kim.Workflows.Engine.Execution.Effects;
using Microsoft.Data.Sqlite;

namespace Kim.Workflows.Benchmarks.Durable;

/// <summary>
/// Fills a store with waiting round-trip instances quickly: one real instance is started through the runtime, then
/// its rows (instance with state JSON, user task, candidates, journal; subscriptions and outbox when it has any) are
/// copied in bulk with fresh ids, spread over the deployed versions. The copies are what 100,000 started instances
/// would leave behind.
/// </summary>
internal static class StoredInstances
{
    public static async Task FillAsync(DurableHost host, int count, int versions)
    {
        var started = await host.Runtime.StartAsync("bench-round-trip", "TEMPLATE", null, "bench");
        var templateInstance = started.InstanceId!.Value;
        var templateTask = started.Effects.OfType<UserTaskCreated>().Single().TaskId;
        var templateDefinition = started.Instance!.DefinitionId;

        await using var connection = new SqliteConnection(host.Contexts.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var parameters = new[] { "$inst", "$task", "$instL", "$taskL", "$instN", "$taskN", "$def", "$key" };
        var copies = new List<SqliteCommand>();
        async Task CopyAsync(string table, string filter, Dictionary<string, string> replace)
        {
            var columns = new List<string>();
            await using (var info = connection.CreateCommand())
            {
                info.Transaction = transaction;
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
                await using var reader = await info.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", columns.Select(c => replace.GetValueOrDefault(c, c)))} FROM {table} WHERE {filter}";
            foreach (var p in parameters)
            {
                command.Parameters.Add(p, SqliteType.Text);
            }

            command.Parameters.AddWithValue("$tInst", Upper(templateInstance));
            command.Parameters.AddWithValue("$tTask", Upper(templateTask));
            command.Parameters.AddWithValue("$tInstL", templateInstance.ToString());
            command.Parameters.AddWithValue("$tTaskL", templateTask.ToString());
            command.Parameters.AddWithValue("$tInstN", templateInstance.ToString("N"));
            command.Parameters.AddWithValue("$tTaskN", templateTask.ToString("N"));
            command.Parameters.AddWithValue("$tDef", templateDefinition);
            command.Prepare();
            copies.Add(command);
        }

        const string Ids = "replace(replace(replace(replace({0}, $tInstL, $instL), $tTaskL, $taskL), $tInstN, $instN), $tTaskN, $taskN)";
        await CopyAsync("instances", "Id = $tInst", new()
        {
            ["Id"] = "$inst", ["RootInstanceId"] = "$inst", ["DefinitionId"] = "$def", ["BusinessKey"] = "$key",
            ["StateJson"] = "replace(" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Ids, "StateJson") + ", $tDef, $def)",
        });
        await CopyAsync("user_tasks", "Id = $tTask", new() { ["Id"] = "$task", ["InstanceId"] = "$inst", ["BusinessKey"] = "$key" });
        await CopyAsync("user_task_candidates", "TaskId = $tTask", new() { ["TaskId"] = "$task" });
        await CopyAsync("subscriptions", "Id = $tTask", new() { ["Id"] = "$task", ["InstanceId"] = "$inst", ["BusinessKey"] = "$key" });
        await CopyAsync("journal", "InstanceId = $tInst", new() { ["Id"] = "NULL", ["InstanceId"] = "$inst" });
        await CopyAsync("outbox", "InstanceId = $tInst", new() { ["Id"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, Ids, "Id"), ["InstanceId"] = "$inst" });

        for (var i = 0; i < count; i++)
        {
            var instance = Guid.CreateVersion7();
            var task = Guid.CreateVersion7();
            var values = new object[]
            {
                Upper(instance), Upper(task), instance.ToString(), task.ToString(), instance.ToString("N"), task.ToString("N"),
                $"bench-round-trip:{1 + (i % versions)}", $"KIM-2026-{i:D6}",
            };
            foreach (var command in copies)
            {
                for (var p = 0; p < parameters.Length; p++)
                {
                    command.Parameters[p].Value = values[p];
                }

                await command.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        foreach (var command in copies)
        {
            await command.DisposeAsync();
        }
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();
}
