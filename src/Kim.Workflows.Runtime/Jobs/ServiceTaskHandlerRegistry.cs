namespace Kim.Workflows.Runtime.Jobs;

/// <summary>The host's handlers by name; their names are what deploy-time validation accepts.</summary>
public sealed class ServiceTaskHandlerRegistry
{
    private readonly Dictionary<string, IServiceTaskHandler> _handlers;

    public ServiceTaskHandlerRegistry(IEnumerable<IServiceTaskHandler> handlers)
    {
        _handlers = new Dictionary<string, IServiceTaskHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Name, handler))
            {
                throw new InvalidOperationException($"Two service task handlers are named '{handler.Name}'.");
            }
        }
    }

    public IReadOnlySet<string> Names => _handlers.Keys.ToHashSet(StringComparer.Ordinal);

    public IServiceTaskHandler? Find(string name) => _handlers.GetValueOrDefault(name);
}
