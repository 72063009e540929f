using Kim.Workflows.Engine.Feel;
using NodaTime;

namespace Kim.Workflows.Engine.Tests.Feel;

public class FeelTemporalTests
{
    [Theory]
    [InlineData("date(\"2026-01-31\") + duration(\"P1M\")", "2026-02-28")]
    [InlineData("date(\"2024-02-29\") - duration(\"P1Y\")", "2023-02-28")]
    [InlineData("date(\"2026-12-24\") - date(\"2026-01-01\")", "P357D")]
    [InlineData("date(\"2026-03-01\") + duration(\"P30D\")", "2026-03-31")]
    [InlineData("date and time(\"2026-03-29T01:30:00@Europe/Berlin\") + duration(\"PT1H\")", "2026-03-29T03:30:00@Europe/Berlin")]
    [InlineData("date and time(\"2026-03-28T12:00:00+01:00\") - date and time(\"2026-03-28T10:00:00Z\")", "PT1H")]
    [InlineData("time(\"23:30:00\") + duration(\"PT1H\")", "00:30:00")]
    [InlineData("time(\"10:00:00+02:00\") - time(\"09:00:00Z\")", "-PT1H")]
    [InlineData("duration(\"P1DT2H\") * 2", "P2DT4H")]
    [InlineData("duration(\"P1Y6M\") / 2", "P9M")]
    [InlineData("years and months duration(date(\"2020-05-17\"), date(\"2026-03-16\"))", "P5Y9M")]
    [InlineData("-duration(\"PT90M\")", "-PT1H30M")]
    [InlineData("date and time(date(\"2026-07-01\"), time(\"08:15:00.5+02:00\"))", "2026-07-01T08:15:00.5+02:00")]
    public void Date_and_duration_arithmetic(string expression, string expected) =>
        Assert.Equal(expected, FeelTestEngine.Text(expression));

    [Theory]
    [InlineData("date(\"2026-03-29\").weekday", 7)]
    [InlineData("date and time(\"2026-03-29T10:20:30.25\").second", 30.25)]
    [InlineData("duration(\"P2DT3H\").hours", 3)]
    [InlineData("duration(\"P2Y5M\").months", 5)]
    [InlineData("week of year(date(\"2026-01-01\"))", 1)]
    [InlineData("day of year(date(\"2026-12-31\"))", 365)]
    [InlineData("duration(\"P1D\") / duration(\"PT6H\")", 4)]
    public void Properties_of_temporal_values(string expression, double expected) =>
        Assert.Equal((decimal)expected, FeelTestEngine.Value(expression));

    [Theory]
    [InlineData("date(\"2026-02-29\")")]
    [InlineData("time(\"24:00:01\")")]
    [InlineData("duration(\"P1Y2D\")")]
    [InlineData("date(\"2026-01-01\") + 1")]
    [InlineData("date and time(\"2026-01-01T10:00:00Z\") - date and time(\"2026-01-01T10:00:00\")")]
    [InlineData("time(\"10:00:00@Nowhere/City\")")]
    public void Undefined_temporal_operations_are_null(string expression) => Assert.Null(FeelTestEngine.Value(expression));

    [Fact]
    public void Now_and_today_read_the_injected_clock_in_Berlin_time()
    {
        // 00:30 UTC on 2026-03-29 is 01:30 in Berlin, just before the switch to summer time.
        Assert.Equal("2026-03-29T01:30:00@Europe/Berlin", FeelTestEngine.Text("now()"));
        Assert.Equal(new LocalDate(2026, 3, 29), FeelTestEngine.Value("today()"));
        Assert.Equal(true, FeelTestEngine.Value("now() + duration(\"PT1H\") = date and time(\"2026-03-29T03:30:00+02:00\")"));
    }

    [Fact]
    public void Compares_date_times_across_offsets_and_zones()
    {
        Assert.Equal(true, FeelTestEngine.Value("date and time(\"2026-07-01T12:00:00+02:00\") = date and time(\"2026-07-01T10:00:00Z\")"));
        Assert.Equal(true, FeelTestEngine.Value("date and time(\"2026-07-01T12:00:00@Europe/Berlin\") = date and time(\"2026-07-01T10:00:00Z\")"));
        Assert.Equal(false, FeelTestEngine.Value("is(date and time(\"2026-07-01T12:00:00+02:00\"), date and time(\"2026-07-01T10:00:00Z\"))"));
        Assert.Null(FeelTestEngine.Value("date and time(\"2026-07-01T12:00:00\") < date and time(\"2026-07-01T10:00:00Z\")"));
    }

    [Fact]
    public void Takes_clr_and_nodatime_temporal_inputs()
    {
        var context = new Dictionary<string, object?>
        {
            ["geboren"] = new DateOnly(1990, 5, 17),
            ["termin"] = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(2)),
            ["frist"] = Period.FromMonths(6),
            ["dauer"] = TimeSpan.FromMinutes(90),
        };

        Assert.Equal("2026-04-01T09:00:00+02:00", FeelTestEngine.Text("termin", context));
        Assert.Equal("2026-10-01T09:00:00+02:00", FeelTestEngine.Text("termin + frist", context));
        Assert.Equal("PT1H30M", FeelTestEngine.Text("dauer", context));
        Assert.Equal(35m, FeelTestEngine.Value("years and months duration(geboren, date(termin)).years", context));
    }

    [Fact]
    public void Gives_temporal_results_back_as_nodatime_values()
    {
        var engine = FeelTestEngine.Create();

        Assert.Equal(new LocalDate(2026, 2, 1), engine.Evaluate("date(\"2026-02-01\")").ToClr());
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2026, 2, 1, 8, 0), Offset.FromHours(1)), engine.Evaluate("@\"2026-02-01T08:00:00+01:00\"").ToClr());
        Assert.Equal(Duration.FromHours(36), engine.Evaluate("duration(\"P1DT12H\")").ToClr());
        Assert.Equal(new PeriodBuilder { Years = 1, Months = 2 }.Build(), engine.Evaluate("duration(\"P14M\")").ToClr());
        Assert.Equal("\"2026-02-01\"", engine.Evaluate("date(\"2026-02-01\")").ToJson());
    }
}
