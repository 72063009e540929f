using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Runtime.Jobs;

/// <summary>
/// Hangfire job activation from this host's container. Registered per host (never
/// <c>JobActivator.Current</c>), so two hosts in one process do not run each other's jobs.
/// </summary>
internal sealed class ScopedJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
