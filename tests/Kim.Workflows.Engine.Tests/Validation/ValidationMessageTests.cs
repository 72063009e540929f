using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Tests.Validation;

/// <summary>What a process owner reads: elements named by their labels, one cause per message, what to do, in German.</summary>
public sealed class ValidationMessageTests
{
    private const string Header = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
        """;

    private static ValidationResult Validate(string process) =>
        BpmnValidator.Validate($"{Header}<process id=\"p\" isExecutable=\"true\">{process}</process></definitions>");

    private const string Branch = """
        <startEvent id="s"/><sequenceFlow id="f0" sourceRef="s" targetRef="Gateway_1x2y"/>
        <exclusiveGateway id="Gateway_1x2y" name="Einwilligung?"/>
        <sequenceFlow id="Flow_0abc" name="ja" sourceRef="Gateway_1x2y" targetRef="Task_0zz"/>
        <sequenceFlow id="Flow_0def" sourceRef="Gateway_1x2y" targetRef="Task_1yy"/>
        <task id="Task_0zz" name="Erstberatung durchführen"/><task id="Task_1yy" name="Ablehnen"/>
        <sequenceFlow id="f3" sourceRef="Task_0zz" targetRef="e"/><sequenceFlow id="f4" sourceRef="Task_1yy" targetRef="e"/><endEvent id="e"/>
        """;

    [Fact]
    public void Missing_condition_names_flow_and_gateway_by_label_and_says_what_to_do()
    {
        var problem = Assert.Single(Validate(Branch).Errors, p => p.ElementId == "Flow_0abc");
        Assert.Equal("missing-condition", problem.Rule);
        Assert.Contains("Setzen Sie eine Bedingung am Fluss 'ja' oder machen Sie ihn zum Standardfluss", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway 'Einwilligung?'", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Flow_0abc", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Gateway_1x2y", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnamed_flow_is_named_by_where_it_starts_and_ends()
    {
        var problem = Assert.Single(Validate(Branch).Errors, p => p.ElementId == "Flow_0def");
        Assert.Contains("Fluss von 'Einwilligung?' nach 'Ablehnen'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conditional_boundary_event_gets_one_message_for_its_one_cause()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <userTask id="t" name="Prüfen"/><sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
            <boundaryEvent id="b" name="Bedingung erfüllt" attachedToRef="t"><conditionalEventDefinition><condition>${x}</condition></conditionalEventDefinition></boundaryEvent>
            <sequenceFlow id="f3" sourceRef="b" targetRef="e2"/><endEvent id="e2"/>
            """);
        var problem = Assert.Single(result.Problems, p => p.ElementId == "b");
        Assert.Equal("unsupported-event", problem.Rule);
        Assert.Contains("Bedingungsereignisse", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disallowed_method_is_reported_in_german_at_the_named_task()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="Task_9q"/>
            <userTask id="Task_9q" name="Erstberatung durchführen" camunda:assignee="${caseFile.findRequester()}"/>
            <sequenceFlow id="f2" sourceRef="Task_9q" targetRef="e"/><endEvent id="e"/>
            """);
        var problem = Assert.Single(result.Errors);
        Assert.Equal("invalid-expression", problem.Rule);
        Assert.Contains("die Methode 'findRequester' ist nicht erlaubt", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Benutzeraufgabe 'Erstberatung durchführen'", problem.Message, StringComparison.Ordinal);
        foreach (var english in new[] { "is not allowed", "expression", "position", "expected" })
        {
            Assert.DoesNotContain(english, problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unnamed_unreachable_task_is_named_by_its_kind()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="e"/><endEvent id="e"/><serviceTask id="Activity_0x" camunda:expression="${1}"/>
            """);
        var problem = Assert.Single(result.Errors, p => p.Rule == "unreachable");
        Assert.StartsWith("Service-Aufgabe ohne Namen", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Verbinden Sie es", problem.Message, StringComparison.Ordinal);
    }
}
