using System.Net;
using System.Text.Json;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Web.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Web.Tests.Delivery;

/// <summary>
/// Faults are visible: <c>/health</c> turns Degraded (counts only, no case number) while a delivery fails and back when it
/// succeeded; an unresolved incident of the last 24 hours also degrades it; the monitor and <c>/api/deliveries</c> show the
/// failing delivery with the SMTP server's answer. Real Kestrel, real SMTP server (refusing with 452 while down), fake clock.
/// </summary>
public sealed class DeliveryVisibilityTests
{
    [Fact]
    public async Task A_failing_task_notice_degrades_health_and_shows_in_the_monitor_until_it_is_delivered()
    {
        await using var app = await ApiEndToEndHost.StartAsync();
        var anonymous = app.Anonymous();
        Assert.Equal("Healthy", (await DeliveryCheckAsync(anonymous)).Status);

        app.Smtp.Down = true;
        var created = await app.IntakeAsync();
        var degraded = await Eventually.WaitForAsync(() => DeliveryCheckAsync(anonymous), c => c.Status == "Degraded", "health degraded by the failing notice");
        Assert.DoesNotContain(created.CaseNumber, degraded.Body, StringComparison.Ordinal);
        Assert.StartsWith("Zustellungen mit Fehler: 1", degraded.Description, StringComparison.Ordinal);

        var admin = await app.AsAsync("admin");
        var listed = await admin.GetStringAsync("/api/deliveries");
        Assert.Contains("Aufgaben-Benachrichtigung", listed, StringComparison.Ordinal);
        Assert.Contains("452", listed, StringComparison.Ordinal);
        var monitor = await admin.GetStringAsync("/monitor");
        Assert.Contains("Fehlgeschlagene Zustellungen", monitor, StringComparison.Ordinal);
        Assert.Contains("try later", monitor, StringComparison.Ordinal); // the SMTP server's own words

        app.Smtp.Down = false;
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync();
        await Eventually.WaitForAsync(() => DeliveryCheckAsync(anonymous), c => c.Status == "Healthy", "health back after the delivery");
        Assert.Single(app.Smtp.TaskNoticesTo(ApiEndToEndHost.CaseManagerMail));
        Assert.Contains("Keine – alle Zustellungen waren erfolgreich.", await (await app.AsAsync("admin")).GetStringAsync("/monitor"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unresolved_incident_of_the_last_24_hours_degrades_health_and_an_older_one_does_not()
    {
        await using var app = await ApiEndToEndHost.StartAsync();
        var anonymous = app.Anonymous();
        var contexts = app.Services.GetRequiredService<WorkflowDbContextFactory>();
        var incident = new IncidentRecord
        {
            Id = Guid.NewGuid(), InstanceId = Guid.NewGuid(), SubscriptionId = Guid.NewGuid(), ElementId = "Task_Senden", Message = "mail-send: 550",
            CreatedAt = app.Time.GetUtcNow() - TimeSpan.FromHours(1),
        };
        await using (var db = contexts.Create())
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        }

        var degraded = await DeliveryCheckAsync(anonymous);
        Assert.Equal("Degraded", degraded.Status);
        Assert.EndsWith("offene Störungen der letzten 24 Stunden: 1.", degraded.Description, StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromHours(24));
        Assert.Equal("Healthy", (await DeliveryCheckAsync(anonymous)).Status);
    }

    private static async Task<(string Status, string Body, string Description)> DeliveryCheckAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // Degraded still serves: a load balancer keeps the node
        var check = JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("zustellung");
        return (check.GetProperty("status").GetString()!, body, check.GetProperty("description").GetString()!);
    }
}
