using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Runtime.Tests.Support;

/// <summary>A service task handler whose behaviour a test sets (and may change between attempts).</summary>
public sealed class TestHandler(string name) : IServiceTaskHandler
{
    private int _calls;

    public string Name => name;

    public Func<ServiceTaskRequest, ServiceTaskResult> Behavior { get; set; } = _ => ServiceTaskResult.Completed();

    public int Calls => Volatile.Read(ref _calls);

    public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(Behavior(request));
    }
}
