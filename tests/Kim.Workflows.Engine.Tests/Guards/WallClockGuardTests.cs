using Kim.Workflows.Engine.Tests.Workflows;

namespace Kim.Workflows.Engine.Tests.Guards;

/// <summary>
/// Nothing in src/, tests/ or bench/ reads the machine's clock or zone except the allow-listed places: the suite then
/// passes at any hour and with any TZ, and pages, mails and exports all show Berlin time.
/// </summary>
public sealed class WallClockGuardTests
{
    private static IReadOnlyList<WallClockRead> Scan() =>
        WallClockScanner.ScanFolders(WorkflowHarness.RepositoryRoot(), WallClockAllowList.ScannedFolders, WallClockAllowList.ExemptFolders);

    [Fact]
    public void No_source_reads_the_wall_clock_or_the_machine_zone_outside_the_allow_list()
    {
        var reads = Scan();

        var violations = reads.Where(r => !WallClockAllowList.Allows(r)).Select(r => r.ToString()).ToList();

        Assert.True(violations.Count == 0,
            "Read the clock through the injected TimeProvider and dates through BerlinCalendar/KimCalendar, or add an entry with a reason to WallClockAllowList:\n"
            + string.Join("\n", violations));
        Assert.Contains(reads, r => r.Path.StartsWith("src/", StringComparison.Ordinal)); // the scan saw the composition root
    }

    [Fact]
    public void Every_allow_list_entry_has_a_reason_and_still_matches_a_read()
    {
        var reads = Scan();

        Assert.All(WallClockAllowList.Entries, e => Assert.True(e.Reason.Length > 20, $"{e.Path}: give a reason"));
        var stale = WallClockAllowList.Entries.Where(e => !reads.Any(r => r.Path == e.Path && r.Token == e.Token)).ToList();
        Assert.True(stale.Count == 0, "Allow-list entries without a matching read (remove them): " + string.Join(", ", stale.Select(e => $"{e.Path} {e.Token}")));
    }

    [Theory]
    [InlineData("var now = DateTime.UtcNow;", "DateTime.UtcNow")]
    [InlineData("var today = DateTime.Today.AddDays(1);", "DateTime.Today")]
    [InlineData("Stamp(DateTime.Now)", "DateTime.Now")]
    [InlineData("var at = DateTimeOffset.Now;", "DateTimeOffset.Now")]
    [InlineData("var at = DateTimeOffset .UtcNow;", "DateTimeOffset.UtcNow")]
    [InlineData("var zone = TimeZoneInfo.Local;", "TimeZoneInfo.Local")]
    [InlineData("<td>@c.OccurredAt.ToLocalTime().ToString(\"dd.MM.yyyy\")</td>", ".ToLocalTime(")]
    [InlineData("services.AddSingleton(TimeProvider.System);", "TimeProvider.System")]
    [InlineData("var z = TimeZoneInfo.FindSystemTimeZoneById(\"Europe/Berlin\");", "FindSystemTimeZoneById")]
    public void The_scanner_finds_a_new_read(string line, string token)
    {
        var sample = $"namespace Sample;\n\npublic static class Clock\n{{\n    public static void M()\n    {{\n        {line}\n    }}\n}}\n";

        var read = Assert.Single(WallClockScanner.ScanText("src/Sample/Clock.cs", sample));

        Assert.Equal((7, token), (read.Line, read.Token));
        Assert.False(WallClockAllowList.Allows(read));
    }

    [Fact]
    public void Comments_and_look_alikes_are_not_reads()
    {
        const string sample = """
            // DateTime.UtcNow is forbidden here
            /// <summary>never <c>ToLocalTime()</c></summary>
            /* TimeProvider.System
               DateTimeOffset.Now */
            @* @x.ToLocalTime() *@
            var url = "https://example.org/DateTime";
            var now = time.GetUtcNow(); var d = MyDateTime.UtcNowish; var n = DateTime.UtcNowValue;
            """;

        Assert.Empty(WallClockScanner.ScanText("src/Sample/Doc.cs", sample));
    }

    [Fact]
    public void A_read_after_a_comment_on_another_line_keeps_its_line_number()
    {
        const string sample = "/* one\n two */\nvar a = \"//\"; var b = DateTime.UtcNow;\n";

        var read = Assert.Single(WallClockScanner.ScanText("tests/X.cs", sample));

        Assert.Equal(3, read.Line);
    }

    [Fact]
    public void A_new_read_in_a_scanned_folder_fails_the_guard()
    {
        var root = Path.Combine(Path.GetTempPath(), "kim-guard-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "src", "Sample", "obj"));
        try
        {
            File.WriteAllText(Path.Combine(root, "src", "Sample", "Due.cs"), "class Due { bool Over(System.DateTimeOffset d) => d < System.DateTimeOffset.UtcNow; }");
            File.WriteAllText(Path.Combine(root, "src", "Sample", "obj", "Generated.cs"), "var n = DateTime.Now;");
            File.WriteAllText(Path.Combine(root, "src", "Sample", "notes.txt"), "DateTime.Now");

            var read = Assert.Single(WallClockScanner.ScanFolders(root, WallClockAllowList.ScannedFolders, WallClockAllowList.ExemptFolders));

            Assert.Equal(("src/Sample/Due.cs", "DateTimeOffset.UtcNow"), (read.Path, read.Token));
            Assert.False(WallClockAllowList.Allows(read));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void An_allow_list_entry_covers_only_its_file_and_token()
    {
        var composition = new WallClockRead("src/Kim.Workflows.Web/WebApplicationBuilderExtensions.cs", 1, "TimeProvider.System", "");

        Assert.True(WallClockAllowList.Allows(composition));
        Assert.False(WallClockAllowList.Allows(composition with { Token = "DateTime.UtcNow" }));
        Assert.False(WallClockAllowList.Allows(composition with { Path = "src/Kim.Workflows.Web/Pages/Inbox/Index.cshtml.cs" }));
    }
}
