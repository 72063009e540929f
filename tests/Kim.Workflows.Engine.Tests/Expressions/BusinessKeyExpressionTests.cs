using Kim.Workflows.Engine.Expressions;
using Kim.Workflows.Engine.Tests.Support;

namespace Kim.Workflows.Engine.Tests.Expressions;

public class BusinessKeyExpressionTests
{
    private sealed class Reader(string? key) : IVariableReader, IProcessContextReader
    {
        public string? ProcessBusinessKey => key;

        public bool TryGetVariable(string name, out object? value)
        {
            value = null;
            return false;
        }
    }

    [Theory]
    [InlineData("${execution.processBusinessKey}")]
    [InlineData("#{execution.getProcessBusinessKey()}")]
    public void Reads_the_business_key_of_the_instance(string text) =>
        Assert.Equal("KIM-2026-0042", CompiledExpression.Compile(text).Evaluate(new Reader("KIM-2026-0042")));

    [Fact]
    public void Is_null_without_an_instance() =>
        Assert.Null(CompiledExpression.Compile("${execution.processBusinessKey}").Evaluate(new Reader(null)));

    [Fact]
    public async Task Call_activity_passes_the_callers_business_key_on()
    {
        const string xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
              <process id="main" isExecutable="true">
                <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Call" />
                <callActivity id="Call" calledElement="child">
                  <extensionElements><camunda:in businessKey="#{execution.processBusinessKey}" /></extensionElements>
                </callActivity>
              </process>
              <process id="child" isExecutable="false">
                <startEvent id="CS" /><sequenceFlow id="c1" sourceRef="CS" targetRef="Wait" /><userTask id="Wait" />
              </process>
            </definitions>
            """;
        var h = new EngineHarness();
        Assert.True(h.Definitions.Deploy(xml).Success);

        await h.StartAsync("main", businessKey: "KIM-2026-0042");

        Assert.Contains(h.All(), i => i.ProcessKey == "child" && i.BusinessKey == "KIM-2026-0042");
    }
}
