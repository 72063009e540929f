using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the web host.</summary>
public sealed class KimDesignTimeDbContextFactory : IDesignTimeDbContextFactory<KimDbContext>
{
    public KimDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<KimDbContext>();
        builder.UseKimSqlite("Data Source=kim-design.db");
        return new KimDbContext(builder.Options);
    }
}
