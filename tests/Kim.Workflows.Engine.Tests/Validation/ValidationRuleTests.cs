using Kim.Workflows.Engine.Tests.Support;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Tests.Validation;

/// <summary>One test per deploy-time rule; each asserts the rule and the element it names.</summary>
public sealed class ValidationRuleTests
{
    private const string Header = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
        """;

    private static ValidationResult Validate(string process, string definitions = "", ValidationOptions? options = null) =>
        BpmnValidator.Validate($"{Header}{definitions}<process id=\"p\" isExecutable=\"true\">{process}</process></definitions>", options);

    private static ValidationProblem AssertError(ValidationResult result, string rule, string elementId)
    {
        Assert.False(result.IsValid);
        var problem = result.Errors.FirstOrDefault(e => e.Rule == rule && e.ElementId == elementId);
        Assert.True(problem is not null, $"expected {rule} at {elementId}; got {string.Join("; ", result.Problems.Select(p => $"{p.Rule}@{p.ElementId}"))}");
        Assert.False(string.IsNullOrWhiteSpace(problem!.Message));
        return problem;
    }

    [Fact]
    public void Minimal_process_is_valid()
    {
        var result = Validate("""<startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="e"/><endEvent id="e"/>""");
        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.Message)));
    }

    [Fact]
    public void Complex_gateway_is_unsupported()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="cg"/>
            <complexGateway id="cg"/><sequenceFlow id="f2" sourceRef="cg" targetRef="e"/><endEvent id="e"/>
            """);
        AssertError(result, "unsupported-element", "cg");
    }

    [Fact]
    public void Event_subprocess_is_unsupported()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="e"/><endEvent id="e"/>
            <subProcess id="esp" triggeredByEvent="true"><startEvent id="es"/></subProcess>
            """);
        AssertError(result, "unsupported-element", "esp");
    }

    [Fact]
    public void Escalation_event_is_unsupported()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="esc"/>
            <intermediateThrowEvent id="esc"><escalationEventDefinition/></intermediateThrowEvent>
            <sequenceFlow id="f2" sourceRef="esc" targetRef="e"/><endEvent id="e"/>
            """);
        AssertError(result, "unsupported-event", "esc");
    }

    [Fact]
    public void Gateway_without_outgoing_flow()
    {
        var result = Validate("""<startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="gw"/><exclusiveGateway id="gw"/>""");
        AssertError(result, "gateway-without-outgoing", "gw");
    }

    [Fact]
    public void Missing_condition_on_non_default_xor_branch()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="gw"/>
            <exclusiveGateway id="gw" default="fDefault"/>
            <sequenceFlow id="fCond" sourceRef="gw" targetRef="e1"><conditionExpression xsi:type="tFormalExpression">${a &gt; 1}</conditionExpression></sequenceFlow>
            <sequenceFlow id="fBare" sourceRef="gw" targetRef="e2"/>
            <sequenceFlow id="fDefault" sourceRef="gw" targetRef="e3"/>
            <endEvent id="e1"/><endEvent id="e2"/><endEvent id="e3"/>
            """);
        AssertError(result, "missing-condition", "fBare");
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Timer_without_definition()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <intermediateCatchEvent id="t"><timerEventDefinition/></intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
            """);
        AssertError(result, "missing-timer", "t");
    }

    [Fact]
    public void Invalid_literal_timer()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <intermediateCatchEvent id="t"><timerEventDefinition><timeDuration>PT</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
            """);
        AssertError(result, "invalid-timer", "t");
    }

    [Fact]
    public void Unknown_message_ref()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="m"/>
            <intermediateCatchEvent id="m"><messageEventDefinition messageRef="Msg_Nowhere"/></intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="m" targetRef="e"/><endEvent id="e"/>
            """);
        AssertError(result, "unknown-message", "m");
    }

    [Fact]
    public void Unreachable_element()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="e"/><endEvent id="e"/>
            <userTask id="orphan"/><sequenceFlow id="f2" sourceRef="orphan" targetRef="e"/>
            """);
        AssertError(result, "unreachable", "orphan");
    }

    [Fact]
    public void Flow_crossing_a_sub_process_boundary()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="sub"/>
            <subProcess id="sub">
              <startEvent id="ss"/><sequenceFlow id="f2" sourceRef="ss" targetRef="inner"/>
              <userTask id="inner"/>
              <sequenceFlow id="fOut" sourceRef="inner" targetRef="e"/>
            </subProcess>
            <sequenceFlow id="f3" sourceRef="sub" targetRef="e"/><endEvent id="e"/>
            """);
        AssertError(result, "flow-crosses-scope", "fOut");
    }

    [Fact]
    public void Duplicate_ids()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="twice"/>
            <userTask id="twice"/><sequenceFlow id="f2" sourceRef="twice" targetRef="e"/>
            <endEvent id="twice"/>
            <endEvent id="e"/>
            """);
        AssertError(result, "duplicate-id", "twice");
    }

    [Fact]
    public void Service_task_with_unknown_handler_when_handlers_are_known()
    {
        const string process = """
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="svc"/>
            <serviceTask id="svc" camunda:delegateExpression="${consentCheck}"/>
            <sequenceFlow id="f2" sourceRef="svc" targetRef="e"/><endEvent id="e"/>
            """;
        Assert.True(Validate(process).IsValid);
        Assert.True(Validate(process, options: new ValidationOptions { KnownHandlers = new HashSet<string> { "consentCheck" } }).IsValid);
        var result = Validate(process, options: new ValidationOptions { KnownHandlers = new HashSet<string> { "mail-send" } });
        var error = AssertError(result, "unknown-handler", "svc");
        Assert.Contains("consentCheck", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Async_before_is_a_note_not_an_error()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="u"/>
            <userTask id="u" camunda:asyncBefore="true"/>
            <sequenceFlow id="f2" sourceRef="u" targetRef="e"/><endEvent id="e"/>
            """);
        Assert.True(result.IsValid);
        var note = Assert.Single(result.Notes);
        Assert.Equal("u", note.ElementId);
        Assert.Equal("ignored-attribute", note.Rule);
    }

    [Fact]
    public void Listeners_are_errors()
    {
        var result = Validate("""
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="u"/>
            <userTask id="u"><extensionElements><camunda:taskListener class="org.example.Listener" event="create"/></extensionElements></userTask>
            <sequenceFlow id="f2" sourceRef="u" targetRef="e"/><endEvent id="e"/>
            """);
        AssertError(result, "unsupported-listener", "u");
    }

    [Fact]
    public void Bpmn20_xml_file_is_accepted()
    {
        var harness = new EngineHarness();
        var deployed = harness.Deploy("Validation/minimal.bpmn20.xml");
        Assert.Equal("minimal", Assert.Single(deployed.Deployed).Key);
    }
}
