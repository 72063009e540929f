namespace Kim.Workflows.Cli;

internal static class Usage
{
    public static int Print()
    {
        Console.Error.WriteLine("""
            Kim.Workflows.Cli — BPMN engine tools

              simulate FILE.bpmn SCRIPT.json   run one instance under a script, print the JSON trace
              validate FILE.bpmn               check a file; exit 0 when valid, 1 when not
              feel                             evaluate FEEL: JSON lines {"expression","context"} in, {"value"} or {"error"} out
            """);
        return 2;
    }
}
