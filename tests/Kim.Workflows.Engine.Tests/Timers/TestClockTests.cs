namespace Kim.Workflows.Engine.Tests.Timers;

/// <summary>The shared test clock (tests/Shared/TestClock.cs): its default and the KIM_TEST_CLOCK override.</summary>
public sealed class TestClockTests
{
    [Fact]
    public void The_default_is_half_past_eleven_UTC_on_new_years_eve_which_is_already_new_year_in_Berlin()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero), TestClock.Default);
        Assert.Equal(new DateOnly(2027, 1, 1), Engine.Timers.BerlinCalendar.DateOf(TestClock.Default));
        Assert.Equal(TestClock.Default, TestClock.Parse(null));
        Assert.Equal(TestClock.Default, TestClock.Parse(" "));
    }

    [Theory]
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29T00:30:00+00:00")]
    [InlineData("2026-03-29T02:30:00+02:00", "2026-03-29T00:30:00+00:00")]
    [InlineData("2026-03-29T00:30:00", "2026-03-29T00:30:00+00:00")] // no offset: UTC, never the machine's zone
    public void KIM_TEST_CLOCK_moves_the_start_to_an_instant(string value, string expected)
    {
        var instant = TestClock.Parse(value);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void A_value_that_is_no_instant_stops_the_run_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestClock.Parse("morgen früh"));

        Assert.Contains("KIM_TEST_CLOCK", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fake_clock_starts_at_the_given_instant_or_at_the_run_start()
    {
        var at = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(at, TestClock.At(at).GetUtcNow());
        Assert.Equal(TestClock.Now, TestClock.At().GetUtcNow());
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(2)), TestClock.Berlin(2026, 7, 1, 10));
    }
}
