namespace Kim.Workflows.Engine.Tests.Support;

/// <summary>Finds the shared folders (../shared next to the repository) by walking up from the test assembly.</summary>
internal static class TestPaths
{
    public static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
