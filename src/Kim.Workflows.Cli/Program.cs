using Kim.Workflows.Cli;

// Thin entry: each command lives in its own class.
return args switch
{
    ["simulate", .. var paths, var script] when paths.Length > 0 => SimulateCommand.Run(paths, script),
    ["validate", .. var paths] when paths.Length > 0 => ValidateCommand.Run(paths),
    ["feel"] => FeelCommand.Run(),
    _ => Usage.Print(),
};
