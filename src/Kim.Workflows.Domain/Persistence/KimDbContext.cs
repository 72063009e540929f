using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Findings;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Privacy;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Persistence;

/// <summary>
/// The KIM case-file tables. Every table starts with <c>kim_</c> and migrations keep their own
/// history table, so this context shares one database with the runtime's WorkflowDbContext
/// without either touching the other's tables. Each provider has a subclass owning its migration set
/// (<see cref="SqliteKimDbContext"/>, <see cref="PostgresKimDbContext"/>); code injects this type and
/// <see cref="KimDbContextOptions.CreateContext"/> picks the subclass.
/// </summary>
public abstract class KimDbContext : DbContext
{
    public const string TablePrefix = "kim_";
    public const string MigrationsHistoryTable = "__kim_migrations_history";

    // DbContextOptions<KimDbContext> from DI is accepted by both subclasses (EF checks only that the options' context type is a base).
    protected KimDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<District> Districts => Set<District>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Fallakte> Cases => Set<Fallakte>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();
    public DbSet<PhaseChange> PhaseChanges => Set<PhaseChange>();
    public DbSet<CaseAssessment> Assessments => Set<CaseAssessment>();
    public DbSet<LebensbereichAssessment> LebensbereichAssessments => Set<LebensbereichAssessment>();
    public DbSet<Ergebnisziel> Ergebnisziele => Set<Ergebnisziel>();
    public DbSet<Handlungsziel> Handlungsziele => Set<Handlungsziel>();
    public DbSet<Zielvereinbarung> Zielvereinbarungen => Set<Zielvereinbarung>();
    public DbSet<ServiceReferral> Services => Set<ServiceReferral>();
    public DbSet<CaseContact> Contacts => Set<CaseContact>();
    public DbSet<CaseNote> Notes => Set<CaseNote>();
    public DbSet<Schweigepflichtentbindung> Consents => Set<Schweigepflichtentbindung>();
    public DbSet<PartnerOrganisation> Partners => Set<PartnerOrganisation>();
    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();
    public DbSet<Fallkonferenz> Conferences => Set<Fallkonferenz>();
    public DbSet<ConferenceInvitation> ConferenceInvitations => Set<ConferenceInvitation>();
    public DbSet<AgreedStep> AgreedSteps => Set<AgreedStep>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<ChecklistAnswer> ChecklistAnswers => Set<ChecklistAnswer>();
    public DbSet<StructuralFinding> Findings => Set<StructuralFinding>();
    public DbSet<FindingTopic> FindingTopics => Set<FindingTopic>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<LenkungsgruppeMeeting> LenkungsgruppeMeetings => Set<LenkungsgruppeMeeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();
    public DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();
    public DbSet<SeedMarker> SeedMarkers => Set<SeedMarker>();

    /// <summary>Loads a whole case file (client, household, goals, …) for the file page, export or anonymisation.</summary>
    public IQueryable<Fallakte> CaseFiles => Cases
        .Include(c => c.Client)
        .Include(c => c.HouseholdMembers)
        .Include(c => c.PhaseHistory)
        .Include(c => c.Assessments).ThenInclude(a => a.Areas)
        .Include(c => c.Ergebnisziele).ThenInclude(g => g.Handlungsziele)
        .Include(c => c.Zielvereinbarungen)
        .Include(c => c.Services)
        .Include(c => c.Contacts)
        .Include(c => c.Notes)
        .Include(c => c.Consents)
        .AsSplitQuery();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AccessLogAppendOnlyGuard.RefuseChanges(this);
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AccessLogAppendOnlyGuard.RefuseChanges(this);
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KimDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text: readable in the database and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Instants as UTC: SQLite cannot compare DateTimeOffset text with offsets, and Npgsql's
        // timestamptz accepts only UTC. The offset carries no meaning here (display is Europe/Berlin).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    // Entities with an int Version are optimistic-concurrency guarded: the version rises on every
    // update, so the second of two concurrent writers fails instead of overwriting.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            var version = entry.Metadata.FindProperty("Version");
            if (version is not null && version.IsConcurrencyToken)
            {
                var property = entry.Property("Version");
                property.CurrentValue = (int)property.OriginalValue! + 1;
            }
        }
    }
}
