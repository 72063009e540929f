using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kim.Workflows.Application.Persistence;

/// <summary>
/// The application's own small tables (prefix <c>app_</c>) in the database the runtime and the domain use:
/// sent mails, used answer links, calendar sequences, routed messages. Created by <see cref="ApplicationSchema"/>.
/// </summary>
public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options) : DbContext(options)
{
    public DbSet<MailRecord> Mails => Set<MailRecord>();

    public DbSet<UsedAnswerToken> UsedAnswerTokens => Set<UsedAnswerToken>();

    public DbSet<CalendarSequence> CalendarSequences => Set<CalendarSequence>();

    public DbSet<RoutedMessage> RoutedMessages => Set<RoutedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MailRecord>(e =>
        {
            e.ToTable("app_mails");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.CaseNumber);
            e.HasIndex(m => m.JobId);
        });
        modelBuilder.Entity<UsedAnswerToken>(e =>
        {
            e.ToTable("app_used_answer_tokens");
            e.HasKey(t => t.TokenId);
        });
        modelBuilder.Entity<CalendarSequence>(e =>
        {
            e.ToTable("app_calendar_sequences");
            e.HasKey(c => c.ConferenceKey);
        });
        modelBuilder.Entity<RoutedMessage>(e =>
        {
            e.ToTable("app_routed_messages");
            e.HasKey(r => r.Key);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants as UTC ticks: sortable and comparable in SQLite and PostgreSQL alike.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicks>();
        configurationBuilder.Properties<Guid>().HaveConversion<string>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    private sealed class UtcTicks() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
