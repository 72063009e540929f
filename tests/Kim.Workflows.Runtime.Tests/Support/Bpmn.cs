namespace Kim.Workflows.Runtime.Tests.Support;

/// <summary>Scenario files live beside the tests that run them.</summary>
public static class Bpmn
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
}
