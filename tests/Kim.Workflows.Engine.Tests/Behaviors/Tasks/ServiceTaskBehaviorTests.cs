using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Tests.Support;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Tests.Behaviors.Tasks;

public sealed class ServiceTaskBehaviorTests
{
    private static async Task<(EngineHarness H, Guid Id, JobCreated Job)> StartAsync()
    {
        var h = new EngineHarness();
        h.Deploy("Behaviors/Tasks/service-task-job.bpmn", new ValidationOptions { KnownHandlers = new HashSet<string> { "consentCheck" } });
        var id = await h.StartAsync("serviceJob", new { partner = "Jobcenter" }, "KIM-2026-0042");
        return (h, id, Assert.Single(h.EffectsOf<JobCreated>()));
    }

    [Fact]
    public async Task Delegate_expression_creates_a_job_and_completing_it_moves_on()
    {
        var (h, id, job) = await StartAsync();
        Assert.Equal("consentCheck", job.HandlerName);
        Assert.Equal("consentCheck", job.ElementId);
        Assert.Equal("KIM-2026-0042", job.BusinessKey);
        Assert.Equal("Jobcenter", job.Inputs["partner"]);

        await h.Engine.CompleteJobAsync(job.JobId, new Dictionary<string, object?> { ["consentGiven"] = true });

        var instance = h.Instance(id);
        Assert.Equal(["invite"], instance.Subscriptions.Select(s => s.ElementId));
        Assert.Equal(true, instance.Variables["consentGiven"]);
        await Assert.ThrowsAsync<NotFoundException>(() => h.Engine.CompleteJobAsync(job.JobId, null));
    }

    [Fact]
    public async Task Failing_job_raises_an_incident_and_retry_emits_the_job_again()
    {
        var (h, id, job) = await StartAsync();

        await h.Engine.FailJobAsync(job.JobId, "SMTP nicht erreichbar");

        var raised = Assert.Single(h.EffectsOf<IncidentRaised>());
        Assert.Equal("consentCheck", raised.ElementId);
        var incident = Assert.Single(h.Instance(id).Incidents);
        Assert.Equal("SMTP nicht erreichbar", incident.Message);
        Assert.Equal(["consentCheck"], h.Instance(id).Subscriptions.Select(s => s.ElementId));

        await h.Engine.RetryIncidentAsync(incident.Id);

        Assert.Empty(h.Instance(id).Incidents);
        var jobs = h.EffectsOf<JobCreated>().ToList();
        Assert.Equal(2, jobs.Count);
        Assert.Equal(job.JobId, jobs[1].JobId);
        await Assert.ThrowsAsync<NotFoundException>(() => h.Engine.RetryIncidentAsync(incident.Id));

        await h.Engine.CompleteJobAsync(job.JobId, null);
        Assert.Equal(["invite"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
    }

    [Fact]
    public async Task Bpmn_error_from_the_handler_goes_to_the_error_boundary()
    {
        var (h, id, job) = await StartAsync();

        await h.Engine.ThrowBpmnErrorAsync(job.JobId, "NO_CONSENT", new Dictionary<string, object?> { ["reason"] = "abgelehnt" });

        var instance = h.Instance(id);
        Assert.Equal(["askConsent"], instance.Subscriptions.Select(s => s.ElementId));
        Assert.Equal("abgelehnt", instance.Variables["reason"]);
        Assert.Contains("noConsent", h.Completed(id));
        Assert.DoesNotContain("consentCheck", h.Completed(id));
        Assert.Contains(h.EffectsOf<JobCancelled>(), c => c.JobId == job.JobId);
    }

    [Fact]
    public async Task Bpmn_error_nobody_catches_becomes_an_incident()
    {
        var (h, id, job) = await StartAsync();

        await h.Engine.ThrowBpmnErrorAsync(job.JobId, "UNKNOWN_CODE", null);

        Assert.Single(h.Instance(id).Incidents);
        Assert.Equal(InstanceStatus.Running, h.Instance(id).Status);
        Assert.Equal(["consentCheck"], h.Instance(id).Subscriptions.Select(s => s.ElementId));
    }
}
