using System.Xml.Linq;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>Namespaces we read. Camunda 7 also reads the older Activiti namespace, so we do too.</summary>
internal static class BpmnNamespaces
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";
    public static readonly XNamespace Activiti = "http://activiti.org/bpmn";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static bool IsVendor(XNamespace ns) => ns == Camunda || ns == Activiti;
}
