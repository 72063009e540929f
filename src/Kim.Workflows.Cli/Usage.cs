namespace Kim.Workflows.Cli;

internal static class Usage
{
    public static int Print()
    {
        Console.Error.WriteLine("""
            Kim.Workflows.Cli — BPMN engine tools

              simulate PATH... SCRIPT.json   run one instance under a script, print the JSON trace;
                                             PATH is a .bpmn file, .form files or a folder holding both;
                                             task completions are validated against the task's form
              validate PATH...               check one deployment (BPMN plus .form files, or a folder);
                                             exit 0 when valid, 1 when not
              feel                           evaluate FEEL: JSON lines {"expression","context"} in, {"value"} or {"error"} out
            """);
        return 2;
    }
}
