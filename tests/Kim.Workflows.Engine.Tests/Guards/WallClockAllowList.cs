namespace Kim.Workflows.Engine.Tests.Guards;

/// <summary>One permitted read of the machine's clock or zone, and why it is right there.</summary>
public sealed record WallClockAllowance(string Path, string Token, string Reason);

/// <summary>
/// The only places that may read the machine's clock or zone. Everything else takes the injected
/// <see cref="TimeProvider"/> and the one calendar (<c>BerlinCalendar</c>, NodaTime TZDB). Each entry needs a reason;
/// an entry that no longer matches anything fails the guard too, so the list stays true.
/// </summary>
public static class WallClockAllowList
{
    /// <summary>The folders scanned: everything with C# or Razor code.</summary>
    public static readonly IReadOnlyList<string> ScannedFolders = ["src", "tests", "bench"];

    /// <summary>
    /// Folders not scanned, with their reason: the guard itself names the tokens it looks for (in its list and in
    /// the samples that prove the scanner finds them).
    /// </summary>
    public static readonly IReadOnlyList<string> ExemptFolders = ["tests/Kim.Workflows.Engine.Tests/Guards/"];

    public static readonly IReadOnlyList<WallClockAllowance> Entries =
    [
        new("src/Kim.Workflows.Web/WebApplicationBuilderExtensions.cs", "TimeProvider.System",
            "The web host's composition root: the one place the application takes the machine clock."),
        new("src/Kim.Workflows.Notifications/Templates/TemplateRenderer.cs", "FindSystemTimeZoneById",
            "Only for a template zone other than Europe/Berlin configured in TemplateOptions.TimeZoneId; Europe/Berlin comes from BerlinCalendar."),
        new("tests/Kim.Workflows.Runtime.CrashHost/Program.cs", "TimeProvider.System",
            "Composition root of the separate process the crash tests kill and restart; its timers and leases must run on real time."),
        new("tests/Kim.Workflows.Notifications.Tests/Mail/MailTestSupport.cs", "TimeProvider.System",
            "The SMTP transport's connect and operation timeouts against a real SMTP server must elapse in real time."),
        new("src/Kim.Workflows.Cli/FeelCommand.cs", "TimeProvider.System",
            "Composition root of the CLI's feel command: FEEL's now() and today() read the real clock, as in any host."),
        new("bench/Kim.Workflows.Benchmarks/Durable/DurableHost.cs", "TimeProvider.System",
            "Benchmark host: measures real elapsed time, so its composition root takes the machine clock."),
        new("bench/Kim.Workflows.Benchmarks/Durable/DurableBenchmark.cs", "DateTimeOffset.UtcNow",
            "Benchmark: seeds timers due from the real now, because its host fires them on real time."),
        new("bench/Kim.Workflows.Benchmarks/Inbox/InboxBenchmark.cs", "DateTimeOffset.UtcNow",
            "Benchmark: seeds due dates around the real now that the inbox query compares with."),
        new("bench/Kim.Workflows.Benchmarks/Inbox/InboxBenchmark.cs", "TimeProvider.System",
            "Benchmark: the inbox query runs on the machine clock like in production."),
        new("bench/Kim.Workflows.Benchmarks/Engine/OurEnginePeer.cs", "TimeProvider.System",
            "Benchmark peer: the engine runs on the machine clock like in production while elapsed time is measured."),
    ];

    public static bool Allows(WallClockRead read) => Entries.Any(e => e.Path == read.Path && e.Token == read.Token);
}
