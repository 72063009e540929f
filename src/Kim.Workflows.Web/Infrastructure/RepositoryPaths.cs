namespace Kim.Workflows.Web.Infrastructure;

/// <summary>
/// Where relative folders (data, workflows) live: beside <c>Kim.Workflows.sln</c> when the app runs from a
/// checkout (<c>./run.sh</c>), otherwise under the content root (a published container).
/// </summary>
internal static class RepositoryPaths
{
    public static string Root(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kim.Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        return contentRoot;
    }

    public static string Resolve(string contentRoot, string path) => Path.GetFullPath(path, Root(contentRoot));
}
