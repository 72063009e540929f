namespace Kim.Workflows.Runtime.Tests.Support;

/// <summary>A fresh folder per test (database files live here); removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kim-runtime-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly after pools are cleared; the temp folder is cleaned eventually.
        }
    }
}
