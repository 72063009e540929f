using System.Diagnostics;

namespace Kim.Workflows.Web.Tests.Definitions;

/// <summary>Runs a node script of the designer's ClientApp folder (the npm packages the build installed) and returns its output.</summary>
internal static class ClientAppNode
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kim.Workflows.sln")))
            {
                return Path.Combine(dir.FullName, "src", "Kim.Workflows.Web", "ClientApp");
            }
        }

        throw new InvalidOperationException("Kim.Workflows.sln not found");
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string arguments)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = Folder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, await stdout, await stderr);
    }
}
