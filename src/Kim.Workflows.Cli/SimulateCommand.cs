using Kim.Workflows.Engine.Feel;
using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Simulation;

namespace Kim.Workflows.Cli;

/// <summary>
/// <c>simulate PATH… SCRIPT.json</c>: runs the BPMN of the deployment named by the paths (a file, or a folder
/// with BPMN and <c>.form</c> files) and prints the conformance trace on stdout. Task completions are
/// validated against the task's Camunda Form as the server does.
/// </summary>
internal static class SimulateCommand
{
    public static int Run(IReadOnlyList<string> paths, string scriptPath)
    {
        try
        {
            var script = SimulationScript.Parse(File.ReadAllText(scriptPath));
            var (files, problems) = DeploymentFiles.Load(paths);
            if (problems.Count > 0)
            {
                Console.Error.WriteLine($"simulate: {string.Join("; ", problems.Select(p => $"{p.File}: {p.Problem.Message}"))}");
                return 2;
            }

            // The main model: the first BPMN file named on the command line, else the only one of the folder.
            var explicitBpmn = paths.Where(File.Exists).Select(Path.GetFileName).FirstOrDefault(n => files.Any(f => f.Name == n && f.IsBpmn));
            var bpmn = files.Where(f => f.IsBpmn).ToList();
            var main = explicitBpmn ?? (bpmn.Count == 1 ? bpmn[0].Name : null);
            if (main is null)
            {
                Console.Error.WriteLine(bpmn.Count == 0
                    ? "simulate: Es wurde keine BPMN-Datei angegeben."
                    : $"simulate: Der Ordner enthält mehrere BPMN-Dateien ({string.Join(", ", bpmn.Select(f => f.Name))}); bitte die zu startende Datei zusätzlich nennen.");
                return 2;
            }

            // Forms' FEEL runs on the simulation's frozen clock, like everything else the simulator does.
            var feel = new FeelFormExpressionEvaluator(new FeelEngine(ConformanceSimulator.Clock));
            var trace = ConformanceSimulator.Run(files, main, script, feel);
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
