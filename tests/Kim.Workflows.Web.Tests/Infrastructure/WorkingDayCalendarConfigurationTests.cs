using Kim.Workflows.Engine.Commands;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Infrastructure;

/// <summary>Closure days configured in <c>KimWorkflows:Kalender:Schliesstage</c> reach the engine's working-day calendar.</summary>
public sealed class WorkingDayCalendarConfigurationTests
{
    [Fact]
    public void Configured_closure_days_are_read_every_year_or_once()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KimWorkflows:Kalender:Schliesstage:0"] = "24.12.",
            ["KimWorkflows:Kalender:Schliesstage:1"] = "2027-06-15",
        }).Build();

        var calendar = WorkingDayCalendarConfiguration.Read(configuration);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 6, 15)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 12, 23)));
    }

    [Fact]
    public void Without_closure_days_only_weekends_and_nrw_holidays_are_closed()
    {
        var calendar = WorkingDayCalendarConfiguration.Read(new ConfigurationBuilder().Build());

        Assert.Empty(calendar.ClosureDays);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void A_closure_day_that_is_no_date_stops_the_start_with_a_german_message_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KimWorkflows:Kalender:Schliesstage:0"] = "Heiligabend",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => WorkingDayCalendarConfiguration.Read(configuration));

        Assert.Contains("KimWorkflows:Kalender:Schliesstage", error.Message, StringComparison.Ordinal);
        Assert.Contains("Schließtag 'Heiligabend'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_running_host_hands_its_closure_days_to_the_engine()
    {
        using var factory = new ClosureDayFactory();

        var engine = factory.Services.GetRequiredService<WorkflowEngine>();

        Assert.False(engine.Options.WorkingDays.IsWorkingDay(new DateOnly(2026, 12, 31)));
        Assert.True(engine.Options.WorkingDays.IsWorkingDay(new DateOnly(2026, 12, 30)));
    }

    private sealed class ClosureDayFactory : KimWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("KimWorkflows:Kalender:Schliesstage:0", "31.12.");
        }
    }
}
