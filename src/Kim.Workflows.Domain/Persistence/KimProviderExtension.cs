using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>
/// Carries in the options which <see cref="KimDbContext"/> subclass belongs to the configured provider. DI and callers
/// hold <c>DbContextOptions&lt;KimDbContext&gt;</c> (with the host's logging and interceptors); the subclass, and with it
/// the provider's migration set, is chosen from them by <see cref="KimDbContextOptions.CreateContext"/>.
/// </summary>
internal sealed class KimProviderExtension(Func<DbContextOptions, KimDbContext> create) : IDbContextOptionsExtension
{
    private ExtensionInfo? _info;

    public Func<DbContextOptions, KimDbContext> Create { get; } = create;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
        // A marker only: EF's internal services stay those of the database provider.
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
