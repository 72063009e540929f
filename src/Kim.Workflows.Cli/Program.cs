using Kim.Workflows.Cli;

// Thin entry: each command lives in its own class.
return args switch
{
    ["simulate", var bpmn, var script] => SimulateCommand.Run(bpmn, script),
    ["validate", var bpmn] => ValidateCommand.Run(bpmn),
    ["feel"] => FeelCommand.Run(),
    _ => Usage.Print(),
};
