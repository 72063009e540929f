using Kim.Workflows.Engine.Simulation;

namespace Kim.Workflows.Cli;

/// <summary><c>simulate FILE.bpmn SCRIPT.json</c>: prints the conformance trace on stdout.</summary>
internal static class SimulateCommand
{
    public static int Run(string bpmnPath, string scriptPath)
    {
        try
        {
            var script = SimulationScript.Parse(File.ReadAllText(scriptPath));
            var trace = ConformanceSimulator.Run(File.ReadAllBytes(bpmnPath), script);
            Console.WriteLine(trace.ToJson());
            if (trace.Error is not null)
            {
                Console.Error.WriteLine(trace.Error);
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"simulate: {e.Message}");
            return 2;
        }
    }
}
