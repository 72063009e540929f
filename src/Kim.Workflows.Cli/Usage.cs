namespace Kim.Workflows.Cli;

internal static class Usage
{
    public static int Print()
    {
        Console.Error.WriteLine("""
            Kim.Workflows.Cli — BPMN engine tools

              simulate FILE.bpmn SCRIPT.json   run one instance under a script, print the JSON trace
              validate FILE.bpmn               check a file; exit 0 when valid, 1 when not
            """);
        return 2;
    }
}
