namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// What the engine's commit batch does not carry but the projections keep (the variables a task was
/// completed with). Set by <see cref="WorkflowRuntime"/> around one command; flows into
/// <see cref="EfInstanceStore.SaveAsync"/> with the async call.
/// </summary>
internal static class CommandAnnotations
{
    private static readonly AsyncLocal<IReadOnlyDictionary<string, object?>?> CompletionVariablesSlot = new();

    public static IReadOnlyDictionary<string, object?>? CompletionVariables => CompletionVariablesSlot.Value;

    public static IDisposable WithCompletionVariables(IReadOnlyDictionary<string, object?>? variables)
    {
        var previous = CompletionVariablesSlot.Value;
        CompletionVariablesSlot.Value = variables;
        return new Restore(() => CompletionVariablesSlot.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
