using System.Text;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Tests.Parsing;

/// <summary>Hostile files are refused with a clear validation error, never an exception and never expensive.</summary>
public sealed class HostileInputTests
{
    private static ValidationResult Validate(byte[] content)
    {
        var result = BpmnValidator.Validate(content);
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.False(string.IsNullOrWhiteSpace(error.ElementId));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return result;
    }

    [Fact]
    public void External_entity_is_refused_without_reading_the_file()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
              <process id="p" name="&xxe;" isExecutable="true"><startEvent id="s"/></process>
            </definitions>
            """;
        var result = Validate(Encoding.UTF8.GetBytes(xml));
        var error = result.Errors.Single();
        Assert.Equal("invalid-xml", error.Rule);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Billion_laughs_is_refused()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append($" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">\n");
        }

        sb.Append("]>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\"><process id=\"p\" name=\"&lol9;\"/></definitions>");
        var result = Validate(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.Equal("invalid-xml", result.Errors.Single().Rule);
    }

    [Fact]
    public void File_of_50_MB_is_refused_by_size()
    {
        // Not even XML: were it parsed, the message would be a syntax error, not the size.
        var content = new byte[50 * 1024 * 1024];
        Array.Fill(content, (byte)'<');
        var result = Validate(content);
        Assert.Contains("MB", result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_xml_is_refused()
    {
        const int depth = 100_000;
        var sb = new StringBuilder("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\">", depth * 8);
        for (var i = 0; i < depth; i++)
        {
            sb.Append("<a>");
        }

        for (var i = 0; i < depth; i++)
        {
            sb.Append("</a>");
        }

        sb.Append("</definitions>");
        var result = Validate(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.Contains("verschachtelt", result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expression_reaching_for_System_IO_is_refused_at_deploy()
    {
        const string xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d">
              <process id="p" isExecutable="true">
                <startEvent id="s"/>
                <sequenceFlow id="f1" sourceRef="s" targetRef="x"/>
                <exclusiveGateway id="x" default="f3"/>
                <sequenceFlow id="f2" sourceRef="x" targetRef="e1">
                  <conditionExpression xsi:type="tFormalExpression">${System.IO.File.ReadAllText('/etc/passwd')}</conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="f3" sourceRef="x" targetRef="e2"/>
                <endEvent id="e1"/>
                <endEvent id="e2"/>
              </process>
            </definitions>
            """;
        var result = BpmnValidator.Validate(xml);
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("f2", error.ElementId);
        Assert.Equal("invalid-expression", error.Rule);
    }
}
