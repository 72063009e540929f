using Microsoft.Extensions.Options;

namespace Kim.Workflows.Web.Definitions;

/// <summary>
/// Publishes every <c>*.bpmn</c> of the seed folder at start-up (before the server listens), so a fresh
/// host has the repository's workflows. Unchanged files create no new version; invalid ones are logged.
/// </summary>
internal sealed partial class DefinitionSeeder(
    IDefinitionCatalog catalog, IOptions<KimWebOptions> options, IHostEnvironment environment, ILogger<DefinitionSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = ResolveFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            LogNoFolder(logger, folder ?? "(workflows/)");
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            var check = catalog.Validate(xml);
            var key = check.Model?.Processes.FirstOrDefault(p => p.IsExecutable)?.Id ?? (check.Model is { Processes.Count: > 0 } m ? m.Processes[0].Id : null);
            if (key is null)
            {
                LogInvalid(logger, file, string.Join("; ", check.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
                continue;
            }

            var result = await catalog.PublishAsync(key, xml, cancellationToken);
            if (result.Outcome == PublishOutcome.Invalid)
            {
                LogInvalid(logger, file, string.Join("; ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
                continue;
            }

            LogSeeded(logger, Path.GetFileName(file), key, result.Version ?? 0);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string? ResolveFolder()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.SeedFolder))
        {
            return Path.GetFullPath(options.Value.SeedFolder, environment.ContentRootPath);
        }

        // Default: workflows/ at the repository root (the folder holding Kim.Workflows.sln) above the content root.
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kim.Workflows.sln")))
            {
                return Path.Combine(dir.FullName, "workflows");
            }
        }

        return Path.Combine(environment.ContentRootPath, "workflows");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed folder {Folder} not found: no workflows published at start-up.")]
    private static partial void LogNoFolder(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed file {File} not published: {Problems}")]
    private static partial void LogInvalid(ILogger logger, string file, string problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {File} as {Key} version {Version}.")]
    private static partial void LogSeeded(ILogger logger, string file, string key, int version);
}
