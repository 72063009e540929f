using System.Diagnostics;
using Xunit.Abstractions;

namespace Kim.Workflows.Web.Tests.Deployment;

/// <summary>
/// The deployment files: <c>docker-compose -f docker-compose.yml config</c> accepts the compose file (Debian's
/// docker-compose v1, installed by scripts/ensure-prerequisites.sh in test mode; no Docker engine needed), and the
/// Dockerfile builds the bundle in its own stage.
/// </summary>
public sealed class DockerComposeTests(ITestOutputHelper output)
{
    private static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Kim.Workflows.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Repository root not found.");
        }
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    [Fact]
    public async Task Compose_file_passes_docker_compose_config()
    {
        var compose = Find("docker-compose");
        if (compose is null)
        {
            output.WriteLine("docker-compose is not installed: run scripts/ensure-prerequisites.sh (test mode installs it). Checked the file's content only.");
        }
        else
        {
            var start = new ProcessStartInfo(compose, ["-f", "docker-compose.yml", "config"])
            {
                WorkingDirectory = RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            output.WriteLine(await stderr);
            Assert.True(process.ExitCode == 0, await stderr);
            var config = await stdout;
            Assert.Contains("KimWorkflows__Runtime__Provider: Postgres", config, StringComparison.Ordinal);
            Assert.Contains("image: postgres:16-bookworm", config, StringComparison.Ordinal);
            Assert.Contains("smtp4dev", config, StringComparison.Ordinal);
        }

        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "docker-compose.yml"));
        Assert.Contains("postgres-data:/var/lib/postgresql/data", text, StringComparison.Ordinal);
        Assert.Contains("KimWorkflows__Mail__Host: smtp4dev", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dockerfile_builds_the_bundle_with_npm_and_publishes_without_node()
    {
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "Dockerfile"));
        Assert.Contains("FROM node:", dockerfile, StringComparison.Ordinal);
        Assert.Contains("npm ci", dockerfile, StringComparison.Ordinal);
        Assert.Contains("-p:BuildDesignerBundle=false", dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER app", dockerfile, StringComparison.Ordinal);
        Assert.Contains("VOLUME [\"/data\"]", dockerfile, StringComparison.Ordinal);
    }
}
