namespace Kim.Workflows.Engine.Validation;

/// <summary>What the host knows at deploy time: its handlers, and a check for connector inputs (e.g. mail templates).</summary>
public sealed record ValidationOptions
{
    /// <summary>Registered handler names; null skips the check (the CLI does not know the host's handlers).</summary>
    public IReadOnlySet<string>? KnownHandlers { get; init; }

    /// <summary>Extra checks per connector id, returning German messages (e.g. unknown template).</summary>
    public IReadOnlyDictionary<string, Func<IReadOnlyDictionary<string, string?>, IEnumerable<string>>> ConnectorChecks { get; init; } =
        new Dictionary<string, Func<IReadOnlyDictionary<string, string?>, IEnumerable<string>>>();

    /// <summary>The Camunda Forms deployed with the file; null means none (form references then cannot resolve).</summary>
    public Forms.DeploymentForms? Forms { get; init; }

    public static ValidationOptions Default { get; } = new();
}
