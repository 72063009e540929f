using Kim.Workflows.Application.Handlers;
using Kim.Workflows.Application.Mail;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Runtime.Jobs;

namespace Kim.Workflows.Application.Tests.Handlers;

public sealed class HandlerUnitTests
{
    [Fact]
    public void Protocol_lines_become_follow_up_steps_with_iso_deadlines()
    {
        var steps = ProtocolDistributionHandler.ParseSteps("Praktikum vermitteln; Jobcenter; 2026-04-15\nSprachkurs anmelden\n\n");
        Assert.Equal(2, steps.Count);
        var first = (Dictionary<string, object?>)steps[0]!;
        Assert.Equal("Praktikum vermitteln", first["massnahme"]);
        Assert.Equal("Jobcenter", first["verantwortlich"]);
        Assert.Equal("2026-04-15", first["frist"]);
        var second = (Dictionary<string, object?>)steps[1]!;
        Assert.Equal("KIM", second["verantwortlich"]);
        Assert.Null(second["frist"]);
    }

    [Theory]
    [InlineData("2026-03-20T14:00", "2026-03-20T13:00:00+00:00")]
    [InlineData("2026-07-01", "2026-06-30T22:00:00+00:00")]
    [InlineData("2026-03-20T14:00:00Z", "2026-03-20T14:00:00+00:00")]
    public void Workflow_times_are_Berlin_wall_clock_unless_they_carry_an_offset(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Variables.Instant(text));

    [Fact]
    public void Partner_ids_resolve_by_slug_kind_and_authority_code()
    {
        List<PartnerOrganisation> all =
        [
            new() { Name = "Jobcenter Kreis Warendorf", Kind = PartnerKind.Jobcenter },
            new() { Name = "Ausländerbehörde Kreis Warendorf", Kind = PartnerKind.Auslaenderbehoerde },
            new() { Name = "Jugendamt Stadt Ahlen", Kind = PartnerKind.Jugendamt, DistrictId = "ahlen" },
        ];
        Assert.Same(all[0], PartnerDirectory.Find(all, "jobcenter-kreis-warendorf"));
        Assert.Same(all[0], PartnerDirectory.Find(all, "jobcenter"));
        Assert.Same(all[1], PartnerDirectory.Find(all, "abh"));
        Assert.Same(all[2], PartnerDirectory.Find(all, all[2].Id.ToString()));
        Assert.Null(PartnerDirectory.Find(all, "finanzamt"));
    }

    [Fact]
    public void Data_category_names_of_the_workflows_map_to_the_domain()
    {
        var (categories, unknown) = DataCategoryNames.Parse(["arbeit", "familie", "Aufenthalt", "einbuergerung", "horoskop"]);
        Assert.Equal([DataCategory.Arbeit, DataCategory.FamilieSchuleKita, DataCategory.Aufenthalt], categories);
        Assert.Equal(["horoskop"], unknown);
    }

    [Fact]
    public void Mail_outcomes_combine_into_incident_retry_or_done()
    {
        var at = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        Assert.Null(MailOutbox.Combine([new MailSendOutcome(MailSendState.Sent, "a@x.example")]));
        var retry = MailOutbox.Combine([new(MailSendState.Sent, "a"), new(MailSendState.RetryLater, "b", at.AddMinutes(2), "452"), new(MailSendState.RetryLater, "c", at.AddMinutes(1), "452")]);
        Assert.Equal(at.AddMinutes(1), retry!.RetryAt);
        var incident = MailOutbox.Combine([new(MailSendState.RetryLater, "b", at, "452"), new(MailSendState.Failed, "c", null, "Zustellung an c dauerhaft abgelehnt")]);
        Assert.Equal("Zustellung an c dauerhaft abgelehnt", incident!.IncidentMessage);
        Assert.Equal(MailOutbox.MessageIdFor(Guid.Empty, "jobcenter-kreis", "kim.example"), MailOutbox.MessageIdFor(Guid.Empty, "jobcenter-kreis", "kim.example"));
    }

    [Fact]
    public async Task Deploy_time_checks_reject_an_unknown_template_and_a_missing_recipient_naming_the_element()
    {
        await using var app = await AppHost.StartAsync();
        const string Bpmn = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
              <bpmn:process id="mail-check" isExecutable="true">
                <bpmn:startEvent id="S" />
                <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="Task_Mail" />
                <bpmn:sendTask id="Task_Mail" name="Mail">
                  <bpmn:extensionElements><camunda:connector><camunda:inputOutput>
                    <camunda:inputParameter name="template">gibt-es-nicht</camunda:inputParameter>
                  </camunda:inputOutput><camunda:connectorId>mail-send</camunda:connectorId></camunda:connector></bpmn:extensionElements>
                </bpmn:sendTask>
                <bpmn:sequenceFlow id="f2" sourceRef="Task_Mail" targetRef="E" />
                <bpmn:endEvent id="E" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        var result = await app.Runtime.DeployAsync(Bpmn, "test.bpmn");
        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.ElementId == "Task_Mail" && p.Message.Contains("'gibt-es-nicht' gibt es nicht", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.ElementId == "Task_Mail" && p.Message.Contains("keinen Empfänger", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_five_workflows_deploy_with_the_registered_handlers()
    {
        await using var app = await AppHost.StartAsync();
        foreach (var key in new[] { "case-management-cycle", "reassessment-reminder", "fallkonferenz", "abh-consultation", "einbuergerung-consultation" })
        {
            Assert.NotNull(app.Runtime.Definitions.FindLatest(key));
        }
    }

    [Fact]
    public void A_handler_refusal_is_an_incident_and_a_transient_failure_a_retry()
    {
        var at = DateTimeOffset.UnixEpoch;
        Assert.Equal("nein", ServiceTaskResult.Incident("nein").IncidentMessage);
        Assert.Equal(at, ServiceTaskResult.RetryLater(at, "später").RetryAt);
        Assert.Null(ServiceTaskResult.Completed().RetryAt);
    }
}
